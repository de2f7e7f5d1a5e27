namespace GovGraph.Core.Text;

/// <summary>
/// Decides whether the full stop at a given index belongs to an abbreviation rather than ending a sentence.
/// Three kinds: dotted short forms ("U.S.", "U.N.", "e.g.", "i.e.", "a.m.") and initials ("J. F. Kennedy"), which
/// never end a sentence; titles ("Mr.", "Dr.", "St."), which precede a name; and forms that precede a number
/// ("No. 5", "Art. 3", "Dec. 10"), which only hold before a digit. "etc." needs no entry: it ends a sentence
/// before a capital and does not before a lowercase word, like any other word.
/// </summary>
internal static class EnglishAbbreviations
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "St", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt",
        "Sgt", "Hon", "Rev", "Amb", "Pres", "Mt", "Ft", "vs", "cf", "approx", "Fr",
    };

    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.Ordinal)
    {
        "No", "Nos", "no", "Art", "Arts", "Para", "para", "Fig", "Vol", "pp", "p", "Ch", "Sec", "Jan", "Feb", "Mar",
        "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    public static bool EndsWithAbbreviation(string text, int fullStop, char nextSentenceStart)
    {
        var tokenStart = fullStop;
        while (tokenStart > 0 && !IsTokenBoundary(text[tokenStart - 1]))
        {
            tokenStart--;
        }
        if (tokenStart == fullStop)
        {
            return false;
        }
        var token = text.AsSpan(tokenStart, fullStop - tokenStart);
        if (token.Contains('.'))
        {
            return IsDottedShortForm(token);
        }
        if (token.Length == 1 && char.IsUpper(token[0]) && token[0] != 'I')
        {
            return true; // an initial; "I." is the pronoun or a roman numeral and ends a sentence
        }
        if (IsListMarker(text, tokenStart, token))
        {
            return true;
        }
        var word = token.ToString();
        return Titles.Contains(word) || (char.IsDigit(nextSentenceStart) && BeforeNumbers.Contains(word));
    }

    /// <summary>"U.S", "e.g", "Ph.D": every piece between dots is one or two letters. "example.com" is not one.</summary>
    private static bool IsDottedShortForm(ReadOnlySpan<char> token)
    {
        foreach (var range in token.Split('.'))
        {
            var piece = token[range];
            if (piece.Length is 0 or > 2)
            {
                return false;
            }
            foreach (var c in piece)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>"1. Introduction" or "a. Scope" at the start of a line numbers a list item; it is not a sentence of its own.</summary>
    private static bool IsListMarker(string text, int tokenStart, ReadOnlySpan<char> token)
    {
        if (tokenStart > 0 && text[tokenStart - 1] != '\n')
        {
            return false;
        }
        if (token.Length <= 3 && IsAll(token, char.IsDigit))
        {
            return true;
        }
        return token.Length == 1 && char.IsLetter(token[0]);
    }

    private static bool IsAll(ReadOnlySpan<char> token, Func<char, bool> predicate)
    {
        foreach (var c in token)
        {
            if (!predicate(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsTokenBoundary(char c) => c is ' ' or '\n' or '(' or '[' or '"' or '\'' or '\u2014';
}
