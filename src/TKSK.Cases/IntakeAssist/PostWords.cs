namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// A word of the post: its normalised form, and where it stands in the original text as UTF-16
/// indexes (what JavaScript's string indexes are), so that evidence can be highlighted exactly.
/// </summary>
/// <param name="Tagged">Part of a hashtag or an @handle: it names a topic or an account, not where someone is.</param>
/// <param name="Joined">Only spaces or a hyphen stand between this word and the one before, so they may be one name.</param>
/// <param name="AfterDot">Only a full stop (and spaces) stands before it: after an abbreviation such as "Kec.".</param>
/// <param name="Clause">Which clause the word is in: punctuation (but not the full stop of "Kec.") starts a new one.</param>
public readonly record struct PostWord(string Norm, int Start, int End, bool Tagged, bool Capitalised, bool Joined, bool AfterDot, int Clause);

public static class PostWords
{
    public static IReadOnlyList<PostWord> Split(string text)
    {
        var words = new List<PostWord>();
        var i = 0;
        var gapStart = 0;
        var tagged = false;
        var clause = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                if (text[i] is '#' or '@') tagged = true;
                else if (char.IsWhiteSpace(text[i])) tagged = false;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (IsWordChar(text, i) || IsInnerApostrophe(text, i))) i++;
            var gap = text.AsSpan(gapStart, start - gapStart);
            var raw = text[start..i];
            var norm = Spelling.Normalise(raw.Replace("'", "").Replace("’", ""));
            var afterDot = words.Count > 0 && IsDotOnly(gap);
            if (words.Count > 0 && EndsClause(gap) && !(afterDot && PlaceMarkers.Of(words[^1].Norm) != Marker.None)) clause++;
            words.Add(new PostWord(norm, start, i, tagged, char.IsUpper(raw[0]),
                Joined: words.Count > 0 && IsJoining(gap), AfterDot: afterDot, Clause: clause));
            gapStart = i;
        }
        return words;
    }

    private static bool IsWordChar(string text, int i) => char.IsLetterOrDigit(text[i]) && !char.IsSurrogate(text[i]);

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    private static bool EndsClause(ReadOnlySpan<char> gap) => gap.IndexOfAny(".,;:!?()[]\n\"|") >= 0 || gap.IndexOf("/ ") >= 0;

    private static bool IsJoining(ReadOnlySpan<char> gap)
    {
        var hyphens = 0;
        foreach (var c in gap)
        {
            if (c == '-') hyphens++;
            else if (c is not (' ' or '\t')) return false;
        }
        return hyphens <= 1;
    }

    private static bool IsDotOnly(ReadOnlySpan<char> gap)
    {
        var dots = 0;
        foreach (var c in gap)
        {
            if (c == '.') dots++;
            else if (c is not (' ' or '\t')) return false;
        }
        return dots <= 1;
    }
}
