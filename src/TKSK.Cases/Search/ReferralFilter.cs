using Marten;
using Marten.Linq.MatchesSql;
using TKSK.Cases.Access;
using TKSK.Cases.Categories;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;
using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Search;

/// <summary>
/// The case list's query string, as sent: every value a string so that a wrong one is answered with a
/// problem naming its parameter. Lists are comma-separated (status=received,assessed); dates are WIB
/// days (yyyy-MM-dd), receivedTo inclusive.
/// </summary>
public sealed class ReferralListRequest
{
    [Query("Statuses to list; any of them matches.", Carries = typeof(ReferralStatus), CommaSeparated = true)]
    public string? Status { get; set; }
    [Query("Kabupaten/kota code, e.g. 35.78 (Kota Surabaya).")]
    public string? Kabupaten { get; set; }
    [Query("Kecamatan code, e.g. 35.78.01.")]
    public string? Kecamatan { get; set; }
    [Query("PPKS category codes (GET /api/v1/categories); any of them matches.", CommaSeparated = true)]
    public string? Category { get; set; }
    [Query("The assigned TKSK coordinator's id.", Carries = typeof(Guid))]
    public string? Coordinator { get; set; }
    [Query("Urgencies to list; any of them matches.", Carries = typeof(Urgency), CommaSeparated = true)]
    public string? Urgency { get; set; }
    [Query("Channels the reports came through; any of them matches.", Carries = typeof(Channel), CommaSeparated = true)]
    public string? Channel { get; set; }
    [Query("Only cases reported in pasung (true) or only the others (false).", Carries = typeof(bool))]
    public string? Pasung { get; set; }
    [Query("Only overdue cases, a deadline passed unmet (true), or only the others (false).", Carries = typeof(bool))]
    public string? Overdue { get; set; }
    [Query("Only cases flagged unassigned: routing found no active TKSK (true), or only the others (false).", Carries = typeof(bool))]
    public string? Unassigned { get; set; }
    [Query("Only cases flagged orphaned by a TKSK's hand-over (true), or only the others (false).", Carries = typeof(bool))]
    public string? Orphaned { get; set; }
    [Query("Only open cases escalated to the kabupaten or the province, overdue now or not (true), or only the others (false).", Carries = typeof(bool))]
    public string? Escalated { get; set; }
    [Query("First day of intake, a WIB day.", Carries = typeof(DateOnly))]
    public string? ReceivedFrom { get; set; }
    [Query("Last day of intake, a WIB day, inclusive.", Carries = typeof(DateOnly))]
    public string? ReceivedTo { get; set; }
    [Query("Words that must each match the case number, the subject's name or the summary; spelling-tolerant (Soetrisno finds Sutrisno). Words of 1–2 letters are ignored; at least one word of 3 or more is needed. Lists at most the newest 1,000 matches.")]
    public string? Q { get; set; }
    [Query("receivedAt, urgency or dueAt, each with '-' in front for descending; default -receivedAt. Ties are broken by id.", CommaSeparated = true)]
    public string? Sort { get; set; }
    [Query("Page number, from 1.", Carries = typeof(int))]
    public string? Page { get; set; }
    [Query("Keyset paging: the previous page's nextAfter; the page starts after that case. Not with page; only with sort receivedAt or -receivedAt (the default).")]
    public string? After { get; set; }
    [Query("Cases per page: default 25, at most 100.", Carries = typeof(int))]
    public string? PageSize { get; set; }
}

public sealed record SortKey(string Column, bool Descending);

/// <summary>A validated list request: what the query filters on.</summary>
public sealed record ReferralFilter
{
    public const int DefaultPageSize = 25, MaxPageSize = 100;
    /// <summary>
    /// The most cases a search (q) lists by page number and counts: a word most cases contain gives "at least 1,000"
    /// and pages up to here. A common word is found among the newest cases, a rare one through the trigram index
    /// (<see cref="RecentMatches"/>): a search reads about as many rows at a million events as at ten thousand.
    /// </summary>
    public const int SearchCandidates = 1_000;
    /// <summary>Shorter words are ignored: the trigram index cannot look up fewer than 3 letters, and every row would be read.</summary>
    public const int MinWordLength = 3;

    public IReadOnlyList<string> Statuses { get; init; } = [];
    public string? Kabupaten { get; init; }
    public string? Kecamatan { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public Guid? Coordinator { get; init; }
    public IReadOnlyList<string> Urgencies { get; init; } = [];
    public IReadOnlyList<string> Channels { get; init; } = [];
    public bool? Pasung { get; init; }
    public bool? Overdue { get; init; }
    public bool? Unassigned { get; init; }
    public bool? Orphaned { get; init; }
    public bool? Escalated { get; init; }
    public DateTimeOffset? ReceivedFrom { get; init; }
    public DateTimeOffset? ReceivedBefore { get; init; }
    public IReadOnlyList<string> Words { get; init; } = [];
    public IReadOnlyList<SortKey> Sort { get; init; } = [new("received_at", true)];
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
    /// <summary>Keyset paging: list the cases after this one (null: from the start, or by <see cref="Page"/>).</summary>
    public ListCursor? After { get; init; }

    /// <summary>Whether the order is one a keyset cursor can follow: receivedAt alone, either direction.</summary>
    public bool Keyset => Sort is [{ Column: "received_at" }];

    /// <summary>The most rows this list reaches by page number, and counts.</summary>
    public int MaxRows => Words.Count > 0 ? SearchCandidates : Paging.MaxRows;

    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.Ordinal)
    {
        ["receivedAt"] = "received_at", ["urgency"] = "urgency_level", ["dueAt"] = "next_due_at",
    };

    /// <summary>The filter, or the errors keyed by parameter name.</summary>
    public static (ReferralFilter? Filter, Dictionary<string, string[]> Errors) Parse(ReferralListRequest r, RegionCatalog regions)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string name, string id, string en) => errors[name] = [Text.T(id, en)];

        IReadOnlyList<string> Codes(string name, string? value, IEnumerable<string> allowed)
        {
            var list = Split(value);
            var known = allowed.ToHashSet(StringComparer.Ordinal);
            if (list.Any(v => !known.Contains(v)))
                Error(name, $"Nilai tidak dikenal. Pilihan: {string.Join(", ", known)}.", $"Unknown value. Allowed: {string.Join(", ", known)}.");
            return list;
        }
        bool? Flag(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (bool.TryParse(value, out var flag)) return flag;
            Error(name, "Isi true atau false.", "Use true or false.");
            return null;
        }
        DateTimeOffset? Day(string name, string? value, int addDays)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (Wib.TryParseDay(value, out var day)) return Wib.StartOf(day.AddDays(addDays)).ToUniversalTime();
            Error(name, "Tanggal harus berbentuk yyyy-MM-dd (WIB).", "Dates are yyyy-MM-dd (WIB).");
            return null;
        }
        string? Region(string name, string? value, RegionLevel level)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (regions.Find(value) is not null && RegionCatalog.LevelOf(value) == level) return value;
            Error(name, "Kode wilayah tidak dikenal pada tingkat ini.", "Unknown region code at this level.");
            return null;
        }
        int Number(string name, string? value, int fallback, int min, int max)
        {
            if (string.IsNullOrWhiteSpace(value)) return fallback;
            if (int.TryParse(value, out var n) && n >= min && n <= max) return n;
            Error(name, $"Harus bilangan bulat {min}–{max}.", $"Must be a whole number {min}–{max}.");
            return fallback;
        }

        var filter = new ReferralFilter
        {
            Statuses = Codes("status", r.Status, SnakeCaseEnums.Codes<ReferralStatus>()),
            Kabupaten = Region("kabupaten", r.Kabupaten, RegionLevel.Kabupaten),
            Kecamatan = Region("kecamatan", r.Kecamatan, RegionLevel.Kecamatan),
            Categories = Codes("category", r.Category, PpksCategories.All.Select(c => c.Code)),
            Urgencies = Codes("urgency", r.Urgency, SnakeCaseEnums.Codes<Urgency>()),
            Channels = Codes("channel", r.Channel, SnakeCaseEnums.Codes<Channel>()),
            Pasung = Flag("pasung", r.Pasung),
            Overdue = Flag("overdue", r.Overdue),
            Unassigned = Flag("unassigned", r.Unassigned),
            Orphaned = Flag("orphaned", r.Orphaned),
            Escalated = Flag("escalated", r.Escalated),
            ReceivedFrom = Day("receivedFrom", r.ReceivedFrom, 0),
            ReceivedBefore = Day("receivedTo", r.ReceivedTo, 1),
            Page = Number("page", r.Page, 1, 1, 100_000),
            PageSize = Number("pageSize", r.PageSize, DefaultPageSize, 1, MaxPageSize),
        };
        if (!string.IsNullOrWhiteSpace(r.Coordinator))
        {
            if (Guid.TryParse(r.Coordinator, out var coordinator)) filter = filter with { Coordinator = coordinator };
            else Error("coordinator", "Harus id koordinator (GUID).", "Must be a coordinator id (GUID).");
        }
        if (!string.IsNullOrWhiteSpace(r.Q))
        {
            var words = SearchTerms.Words(r.Q).Where(w => w.Length >= MinWordLength).ToList();
            if (r.Q.Length > 200) Error("q", "Paling banyak 200 karakter.", "At most 200 characters.");
            else if (words.Count == 0)
                Error("q", $"Ketik paling sedikit {MinWordLength} huruf atau angka dalam satu kata.", $"Type at least {MinWordLength} letters or digits in one word.");
            else filter = filter with { Words = words };
        }
        if (!string.IsNullOrWhiteSpace(r.Sort))
        {
            var keys = new List<SortKey>();
            foreach (var key in Split(r.Sort))
            {
                var descending = key.StartsWith('-');
                if (SortColumns.TryGetValue(descending ? key[1..] : key, out var column)) keys.Add(new(column, descending));
                else Error("sort", "Urutan tidak dikenal. Pilihan: receivedAt, urgency, dueAt (awali '-' untuk menurun).",
                    $"Unknown sort '{key}'. Allowed: receivedAt, urgency, dueAt ('-' first for descending).");
            }
            filter = filter with { Sort = keys };
        }
        if (!string.IsNullOrWhiteSpace(r.After))
        {
            var cursor = ListCursor.Decode(r.After.Trim());
            if (!string.IsNullOrWhiteSpace(r.Page))
                Error("after", "Pakai after atau page, tidak keduanya.", "Use after or page, not both.");
            else if (cursor is null)
                Error("after", "Penanda halaman tidak dikenal: pakai nextAfter dari halaman sebelumnya.", "Unknown cursor: use nextAfter from the previous page.");
            else if (!filter.Keyset)
                Error("after", "after hanya untuk urutan receivedAt atau -receivedAt; pakai page untuk urutan lain.", "after works only with sort receivedAt or -receivedAt; use page for other orders.");
            else if (cursor.Descending != filter.Sort[0].Descending)
                Error("after", "Penanda halaman ini dibuat untuk urutan lain.", "This cursor was made for another order.");
            else filter = filter with { After = cursor };
        }
        if (filter.Kabupaten is { } kab && filter.Kecamatan is { } kec && !Scope.InRegion(kab, kec))
            Error("kecamatan", "Kecamatan ini tidak berada di kabupaten yang dipilih.", "This kecamatan is not in the chosen kabupaten.");
        return (errors.Count == 0 ? filter : null, errors);
    }

    private static IReadOnlyList<string> Split(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    /// <summary>The narrowest region named by the filter (kecamatan, else kabupaten), for the scope check.</summary>
    public string? Region => Kecamatan ?? Kabupaten;

    /// <summary>The summaries that match, in scope, ordered (stable: the id breaks ties); not paged.</summary>
    public IQueryable<ReferralSummary> Apply(IQueryable<ReferralSummary> query) => Order(Where(query), Words.Count > 0);

    /// <summary>The summaries that match, after the keyset cursor if any, ordered: what one page reads.</summary>
    /// <param name="words">Whether q's words filter too (a search's window of newest cases is taken without them).</param>
    /// <param name="throughTrigramIndex">With words: have PostgreSQL find the matches through the trigram index (below), not by walking received_at.</param>
    public IQueryable<ReferralSummary> Listed(IQueryable<ReferralSummary> query, bool words = true, bool throughTrigramIndex = true)
    {
        query = Where(query, words);
        var expression = words && throughTrigramIndex && Words.Count > 0;
        // A row comparison, which the (…, received_at, id) indexes answer as one range; with q the same expression as the order (below).
        if (After is { } after)
            query = query.Where(x => x.MatchesSql($"({Column("received_at", expression)}, d.id) {(after.Descending ? "<" : ">")} (?, ?)", after.ReceivedAt, after.Id));
        return Order(query, expression);
    }

    /// <summary>The summaries that match, unordered: what the total counts.</summary>
    public IQueryable<ReferralSummary> Where(IQueryable<ReferralSummary> query, bool words = true)
    {
        // One status as equality, not = ANY(…): PostgreSQL 15 keeps an index's order only for equality on its leading columns.
        if (Statuses is [var status]) query = query.Where(x => x.Status == status);
        else if (Statuses.Count > 0) { var v = Statuses.ToArray(); query = query.Where(x => x.Status.IsOneOf(v)); }
        if (Kabupaten is { } kab) query = query.Where(x => x.KabupatenCode == kab);
        if (Kecamatan is { } kec) query = query.Where(x => x.KecamatanCode == kec);
        if (Categories.Count > 0) { var v = Categories.ToArray(); query = query.Where(x => x.Category.IsOneOf(v)); }
        if (Coordinator is { } coordinator) query = query.Where(x => x.CoordinatorId == coordinator);
        if (Urgencies.Count > 0) { var v = Urgencies.ToArray(); query = query.Where(x => x.Urgency.IsOneOf(v)); }
        if (Channels.Count > 0) { var v = Channels.ToArray(); query = query.Where(x => x.Channel.IsOneOf(v)); }
        if (Pasung is { } pasung) query = query.Where(x => x.Pasung == pasung);
        if (Overdue is { } overdue) query = query.Where(x => x.Overdue == overdue);
        if (Unassigned is { } unassigned) query = query.Where(x => x.Unassigned == unassigned);
        if (Orphaned is { } orphaned) query = query.Where(x => x.Orphaned == orphaned);
        // A closed case keeps the level it reached (its history), but nobody has to act on it any more.
        if (Escalated == true) query = query.Where(x => x.EscalationLevel > 0 && x.Open);
        if (Escalated == false) query = query.Where(x => x.EscalationLevel == 0 || !x.Open);
        if (ReceivedFrom is { } from) query = query.Where(x => x.ReceivedAt >= from);
        if (ReceivedBefore is { } before) query = query.Where(x => x.ReceivedAt < before);
        // Each word: a substring of the folded text, or a word similar to it (pg_trgm word similarity).
        // Numbers (a case number, part of a NIK-free reference) must match as written: similar is not the same case.
        foreach (var word in words ? Words : [])
            query = word.Any(char.IsDigit)
                ? query.Where(x => x.MatchesSql("d.search_text like ?", "%" + EscapeLike(word) + "%"))
                : query.Where(x => x.MatchesSql("(d.search_text like ? or ? <% d.search_text)", "%" + EscapeLike(word) + "%", word));
        return query;
    }

    private IQueryable<ReferralSummary> Order(IQueryable<ReferralSummary> query, bool expression)
    {
        // Only due dates can be missing (last either way); the other keys are never null, and an ORDER BY that
        // matches an index exactly (received_at desc, id desc) lets PostgreSQL read 25 rows and stop.
        // With q, the planner under-estimates how rare a name is and would walk the received_at index filtering every
        // row through pg_trgm; ordering by an expression no index has makes it find the matches through the trigram
        // index first (measured: docs/read-side.md).
        var order = string.Join(", ", Sort.Select(k => $"{Column(k.Column, expression)} {(k.Descending ? "desc" : "asc")}{(k.Column == "next_due_at" ? " nulls last" : "")}")
            .Append($"d.id {(Sort.Count > 0 && Sort[^1].Descending ? "desc" : "asc")}"));
        return query.OrderBySql(order);
    }

    private static string Column(string column, bool expression) => !expression ? $"d.{column}"
        : column == "urgency_level" ? $"(d.{column} + 0)" : $"(d.{column} + interval '0 seconds')";

    private static string EscapeLike(string word) => word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
