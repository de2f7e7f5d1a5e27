using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using static GovGraph.Core.Tests.Reading.ReaderTestKit;

namespace GovGraph.Core.Tests.Reading;

public class DocxReaderTests
{
    [Fact]
    public void Word_document_yields_paragraphs_and_core_properties()
    {
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "statement.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new WordText("Statement on AI governance"))),
                new Paragraph(new Run(new WordText("We support the Global AI Governance Initiative.")), new Run(new WordText(" It is timely.") { Space = SpaceProcessingModeValues.Preserve })),
                new Paragraph()));
            document.PackageProperties.Title = "AI statement";
            document.PackageProperties.Created = new DateTime(2023, 10, 18, 9, 0, 0, DateTimeKind.Utc);
        }

        var read = ReadBytes("statement.docx", File.ReadAllBytes(path));

        Assert.Equal("Statement on AI governance\n\nWe support the Global AI Governance Initiative. It is timely.", read.Text);
        Assert.Equal("AI statement", read.Metadata.Title);
        Assert.Equal("2023-10-18", read.Metadata.Published);
    }
}
