using System.Diagnostics;
using TKSK.Cases.IntakeAssist;
using TKSK.Cases.IntakeAssist.Eval;
using TKSK.Cases.Regions;

// Measures intake assist on labelled posts (JSONL, one post a line, labelled like Data/intake-posts-dev.jsonl)
// and prints the issue's table for each file, beside a simple baseline. "--misses" also lists what it got wrong;
// "--explain" the cues of each post read wrong; "--show ID" one answer with its cues and place readings; "--profile" timings.
var files = args.Where(a => !a.StartsWith("--")).ToList();
if (files.Count == 0)
{
    Console.Error.WriteLine("Usage: dotnet run --project tests/TKSK.Cases.IntakeAssist.Eval -- <file.jsonl> [more files] [--misses]");
    return 2;
}
var catalog = RegionCatalog.LoadEmbedded();
var before = GC.GetTotalMemory(forceFullCollection: true);
var assistant = new IntakeAssistant(catalog, province => province == "35");
var built = Stopwatch.StartNew();
_ = assistant.Index;
built.Stop();
var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
GC.KeepAlive(assistant);
var baseline = new Baseline(catalog);

// "--show ID": the answer to one post, as the endpoint would give it.
if (args.SkipWhile(a => a != "--show").Skip(1).FirstOrDefault() is { } show)
{
    files.Remove(show);
    var post = files.SelectMany(LabelledPost.Read).First(p => p.Id == show);
    Console.WriteLine(post.Text);
    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(assistant.Suggest(post.Text), new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    // The cues read in it, and whether each was denied or over: what a lexicon change would move.
    var words = PostWords.Split(post.Text);
    foreach (var hit in CueLexicon.Find(words))
        Console.WriteLine($"  cue {hit.Cue.Target,-32} {hit.Cue.Weight,5} \"{post.Text[words[hit.FirstWord].Start..words[hit.LastWord].End]}\"{(hit.Negated ? " denied" : "")}{(hit.Past ? " over" : "")}{(hit.Imagined ? " imagined" : "")}");
    // The place readings weighed, best first.
    var index = assistant.Index;
    string Code(int id) => id >= 0 ? index.RegionAt(id).Code : "-";
    foreach (var r in PlaceReadings.Weigh(PlaceMentions.Find(words, index), index, province => province == "35").Take(6))
        Console.WriteLine($"  place {r.Score:0.000} {Code(r.Kabupaten)} {Code(r.Kecamatan)} {Code(r.Desa)} from {string.Join(", ", r.Evidence.Select(m => $"\"{post.Text[words[m.EvidenceStart].Start..words[m.LastWord].End]}\" {m.Weight:0.00}"))}");
    return 0;
}
// "--profile": where the time of a post goes, stage by stage (mean over five rounds).
if (args.Contains("--profile"))
{
    var ps = files.SelectMany(LabelledPost.Read).ToList();
    var idx = assistant.Index;
    double split = 0, cues = 0, mentions = 0, weigh = 0, judges = 0, total = 0;
    for (var round = 0; round < 5; round++)
        foreach (var p in ps)
        {
            var sw = Stopwatch.StartNew();
            var w = PostWords.Split(p.Text); split += sw.Elapsed.TotalMilliseconds; sw.Restart();
            var h = CueLexicon.Find(w); cues += sw.Elapsed.TotalMilliseconds; sw.Restart();
            var m = PlaceMentions.Find(w, idx); mentions += sw.Elapsed.TotalMilliseconds; sw.Restart();
            var r = PlaceReadings.Weigh(m, idx, pr => pr == "35"); weigh += sw.Elapsed.TotalMilliseconds; sw.Restart();
            var pa = PasungJudge.Judge(p.Text, w, h); var ag = SubjectAge.Of(p.Text, w); var c = CategoryJudge.Judge(p.Text, w, h, ag, pa); UrgencyJudge.Judge(p.Text, w, h, c, pa);
            judges += sw.Elapsed.TotalMilliseconds; sw.Restart();
            assistant.Suggest(p.Text); total += sw.Elapsed.TotalMilliseconds;
        }
    var n = ps.Count * 5.0;
    Console.WriteLine($"split {split / n:0.00} cues {cues / n:0.00} mentions {mentions / n:0.00} weigh {weigh / n:0.00} judges {judges / n:0.00} total {total / n:0.00} ms");
    return 0;
}
// "--explain": every post whose category, pasung or urgency is wrong, with the cues read in it.
if (args.Contains("--explain"))
{
    foreach (var post in files.SelectMany(LabelledPost.Read))
    {
        var answer = assistant.Suggest(post.Text);
        var urgency = TKSK.Cases.Infrastructure.Json.SnakeCaseEnums.Code(answer.Urgency.Value);
        if (answer.Category?.Code == post.Category && answer.Pasung.Value == post.Pasung && urgency == post.Urgency) continue;
        Console.WriteLine($"{post.Id}: category {post.Category} got {answer.Category?.Code ?? "none"}; pasung {post.Pasung} got {answer.Pasung.Value}; urgency {post.Urgency} got {urgency}");
        Console.WriteLine($"  {post.Text}");
        var words = PostWords.Split(post.Text);
        foreach (var hit in CueLexicon.Find(words))
            Console.WriteLine($"  cue {hit.Cue.Target,-32} {hit.Cue.Weight,5} \"{post.Text[words[hit.FirstWord].Start..words[hit.LastWord].End]}\"{(hit.Negated ? " denied" : "")}{(hit.Past ? " over" : "")}{(hit.Imagined ? " imagined" : "")}");
    }
    return 0;
}
foreach (var file in files)
{
    var posts = LabelledPost.Read(file);
    var run = Measure.Run(assistant, baseline, posts);
    Report.Print(file, posts.Count, run, indexBytes, built.Elapsed, args.Contains("--misses"));
}
return 0;
