using System.Globalization;

namespace TKSK.Cases.Infrastructure.Language;

/// <summary>
/// Messages for people: Bahasa Indonesia by default, English when the request's Accept-Language
/// prefers it (request localization sets the UI culture before any endpoint runs).
/// </summary>
public static class Text
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string indonesian, string english) => English ? english : indonesian;
}
