using System.Globalization;
using System.Text;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// One word brought to the form it is compared in: lower case, no diacritics, no letters
/// stretched for emphasis, and the pre-1972 spelling (oe, dj, tj) turned into today's. Region
/// names and post words go through the same function, so they meet half way.
/// </summary>
public static class Spelling
{
    public static string Normalise(string word)
    {
        var s = StripDiacritics(word).ToLowerInvariant();
        s = UnstretchLetters(DropReduplicationDigit(s));
        return IsOldSpelling(s) ? Modernise(s) : s;
    }

    // "Soerabaja", "Djember", "tahoen", "Tjilatjap": a word with one of these is old spelling
    // throughout, so its j is today's y as well (anaknja → anaknya). Modern words have none of them.
    private static bool IsOldSpelling(string s) => s.Contains("oe") || s.Contains("dj") || s.Contains("tj");

    private static string Modernise(string s)
    {
        var b = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            switch (s[i])
            {
                case 'o' when next == 'e': b.Append('u'); i++; break;
                case 'd' when next == 'j': b.Append('j'); i++; break;
                case 't' when next == 'j': b.Append('c'); i++; break;
                case 'j': b.Append('y'); break;
                case 'c' when next == 'h': b.Append("kh"); i++; break;
                default: b.Append(s[i]); break;
            }
        }
        return b.ToString();
    }

    // "tolooong", "plisss": three or more of a letter are one letter (two stay: "Kerrek", "Sukkun").
    private static string UnstretchLetters(string s)
    {
        if (s.Length < 3) return s;
        var b = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var run = 1;
            while (i + run < s.Length && s[i + run] == s[i]) run++;
            b.Append(s[i], run >= 3 ? 1 : run);
            i += run - 1;
        }
        return b.ToString();
    }

    // "anak2", "marah2an", "anak2e": the 2 marks a repeated word, which says nothing more here.
    private static string DropReduplicationDigit(string s)
    {
        if (s.Length < 3 || !s.Contains('2')) return s;
        var b = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
            if (!(s[i] == '2' && i > 1 && char.IsLetter(s[i - 1]))) b.Append(s[i]);
        return b.ToString();
    }

    private static string StripDiacritics(string s)
    {
        var ascii = true;
        foreach (var c in s) if (c > 127) { ascii = false; break; }
        if (ascii) return s;
        var b = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) b.Append(c);
        return b.ToString().Normalize(NormalizationForm.FormC);
    }
}
