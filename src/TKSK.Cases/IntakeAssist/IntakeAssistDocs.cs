using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// The OpenAPI description and example of <c>SuggestIntake</c>. The example answer is the engine's
/// real answer to the example post, so the document cannot show what the service does not do.
/// </summary>
public static class IntakeAssistDocs
{
    public const string ExamplePost =
        "Tulung min, ada mbah2 tinggal sendirian di Ds. Plumpungrejo kec. Wonoasri Madiun, ga ada yg ngurus, udah 3 hari ga makan 😢 @dinsosjatim";

    private const string Description =
        "Reads a post pasted from social media (Indonesian, Javanese or Madurese; up to 10,000 characters) and suggests " +
        "what an operator enters at intake: the place (desa, kecamatan, kabupaten/kota and province codes, over every region " +
        "of Indonesia; `outOfArea` when outside the served province), the PPKS category, whether the person is in pasung now, " +
        "and the urgency. Each suggestion has a `confidence` (0–1) and `evidence`: `start`/`end` are UTF-16 (JavaScript string) " +
        "indexes into the text as sent, `text` the exact substring, for highlighting. `alternatives` are other readings, " +
        "ordered by confidence, at most one per kecamatan (or category), never the suggested one. A part the post does not give " +
        "is null (`place` when no place is named); `pasung: false` or `urgency: normal` without evidence is the default, " +
        "at low confidence. The text is personal data: it is not logged or stored, and nothing is created.";

    public static OpenApiOptions AddIntakeAssistDocs(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        if (operation.OperationId != "SuggestIntake") return Task.CompletedTask;
        operation.Description = Description;
        var serializer = context.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var answer = context.ApplicationServices.GetRequiredService<IntakeAssistant>().Suggest(ExamplePost);
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var request) == true)
            request.Example = new JsonObject { ["text"] = ExamplePost };
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var body) == true)
            body.Example = JsonSerializer.SerializeToNode(answer, serializer);
        return Task.CompletedTask;
    });
}
