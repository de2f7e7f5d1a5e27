using System.Globalization;
using System.Text;

namespace GovGraph.Core.Extraction;

/// <summary>
/// Stable ids from names: lower case, accents dropped ("António" and "Antonio" give one id, so one person
/// never becomes two), any other letter or digit kept (Chinese candidates keep their characters), everything
/// else one hyphen.
/// </summary>
internal static class Slugs
{
    public static string Make(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c != '\'')
            {
                // Apostrophes vanish ("O'Brien" -> "obrien"); every other separator is one hyphen.
                pendingHyphen = true;
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
