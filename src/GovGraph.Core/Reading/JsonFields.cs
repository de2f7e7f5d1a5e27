using System.Text.Json;

namespace GovGraph.Core.Reading;

/// <summary>Maps one JSON property into metadata: strings as they are, arrays of strings as speaker lists, numbers and booleans as their text.</summary>
internal static class JsonFields
{
    public static void AddTo(MetadataBuilder builder, JsonProperty property)
    {
        var value = property.Value;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                builder.Add(property.Name, value.GetString());
                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                builder.Add(property.Name, value.GetRawText());
                break;
            case JsonValueKind.Array when IsSpeakers(property.Name):
                builder.AddSpeakers(value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                break;
            case JsonValueKind.Array or JsonValueKind.Object:
                builder.Add(property.Name, value.GetRawText());
                break;
        }
    }

    private static bool IsSpeakers(string name) =>
        name.Equals("speakers", StringComparison.OrdinalIgnoreCase) || name.Equals("speaker", StringComparison.OrdinalIgnoreCase);
}
