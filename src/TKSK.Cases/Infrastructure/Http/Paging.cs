using TKSK.Cases.Infrastructure.Language;
namespace TKSK.Cases.Infrastructure.Http;

/// <summary>
/// How deep a page may reach. A page far down a long list costs the database every row before it, and
/// page × size past an int's range once answered 500: past <see cref="MaxRows"/> rows the answer is a
/// 400 naming <c>page</c> and saying how to narrow the list instead.
/// </summary>
public static class Paging
{
    public const int MaxRows = 10_000;

    /// <summary>The rows to skip for a page, or the problem when it lies past the cap. <paramref name="narrow"/>: how to narrow, in both languages.</summary>
    /// <param name="maxRows">A list that reaches fewer rows (a search's candidates) says so; default <see cref="MaxRows"/>.</param>
    public static IResult? Offset(int page, int pageSize, (string Id, string En) narrow, out int skip, int maxRows = MaxRows)
    {
        var offset = ((long)page - 1) * pageSize;
        skip = offset <= maxRows - pageSize ? (int)offset : 0;
        if (page >= 1 && offset <= maxRows - pageSize) return null;
        return ProblemResults.Invalid("page", Text.T(
            $"Halaman ini melewati {maxRows:N0} baris pertama. {narrow.Id}",
            $"This page lies past the first {maxRows:N0} rows. {narrow.En}"));
    }
}
