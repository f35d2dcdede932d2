using Marten;
using Marten.Services.BatchQuerying;
using Weasel.Postgresql.Functions;

namespace TKSK.Cases.Casework;

/// <summary>
/// Case numbers JSC-YYYY-NNNNNN: unique, and increasing within a year, from one PostgreSQL
/// sequence per year. Gaps are allowed (docs/workflow.md, "Case numbers"): a number taken by an intake that
/// then fails or rolls back stays unused. That is the price of never making intakes wait for each
/// other: the gap-free counter row it replaces was locked from the first intake's bump to its
/// commit, so every intake queued behind the one before (about 500 a second, whatever the load).
/// </summary>
public static class ReferralNumbers
{
    private const string FunctionName = "next_referral_numbers";

    /// <summary>
    /// next_referral_numbers(year, count): the year's next <c>count</c> numbers, in order. The year's
    /// first call creates its sequence, starting above every number that year already has — in the
    /// case documents and in the gap-free counter table of earlier versions, if it is still there —
    /// so numbers stay unique across the change and across restarts.
    /// </summary>
    public static Function Function(string schema) => Weasel.Postgresql.Functions.Function.ForSql($$"""
        create or replace function {{schema}}.{{FunctionName}}(year integer, how_many integer) returns setof bigint
        language plpgsql as $function$
        declare
          sequence_name text := '{{schema}}.referral_numbers_' || year;
          start_with bigint;
        begin
          if to_regclass(sequence_name) is null then
            -- Once a year. The lock makes a second first caller wait, then find the sequence made.
            perform pg_advisory_xact_lock(hashtext(sequence_name));
            select coalesce(max(substr(d.data ->> 'number', 10)::bigint), 0) + 1 into start_with
              from {{schema}}.mt_doc_referral d where d.data ->> 'number' ~ ('^JSC-' || year || '-[0-9]+$');
            if to_regclass('{{schema}}.referral_numbers') is not null then
              execute 'select greatest($1, coalesce((select last_number + 1 from {{schema}}.referral_numbers where year = $2), 1))'
                into start_with using start_with, year;
            end if;
            begin
              execute format('create sequence if not exists %s start with %s', sequence_name, start_with);
            exception when duplicate_table or unique_violation then
              null; -- made by a concurrent first caller in the meantime
            end;
          end if;
          return query select nextval(sequence_name::regclass) from generate_series(1, how_many);
        end
        $function$;
        """);

    public static string Format(int year, long number) => $"JSC-{year}-{number:D6}";

    /// <summary>
    /// Reserves the year's next <paramref name="count"/> numbers (bulk intake takes them in one round
    /// trip). Outside any transaction: a number is taken whether or not the intake later commits.
    /// </summary>
    public static async Task<IReadOnlyList<string>> NextAsync(IQuerySession session, int year, int count, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var numbers = Reserve(batch, year, count);
        await batch.Execute(ct);
        return await numbers;
    }

    /// <summary>The same, as one query of a batch, so an intake fetches its number with its other reads.</summary>
    public static async Task<IReadOnlyList<string>> Reserve(IBatchedQuery batch, int year, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var schema = batch.Parent.DocumentStore.Options.DatabaseSchemaName;
        // As text: a batch reads only reference types; a bigint prints exactly.
        var numbers = await batch.Query<string>($"select {schema}.{FunctionName}(?, ?)::text", year, count);
        return numbers.Select(long.Parse).Order().Select(n => Format(year, n)).ToList();
    }
}
