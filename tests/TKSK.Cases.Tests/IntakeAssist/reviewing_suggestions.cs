using TKSK.Cases.IntakeAssist;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Specs;

namespace TKSK.Cases.Tests.IntakeAssist;

/// <summary>What was suggested against what was saved, decided without a database.</summary>
public sealed class reviewing_suggestions
{
    private static readonly ReferralReceived Saved = (ReferralReceived)ReferralStories.Received()[0];

    private static IntakeSuggestionsReviewed Review(params SuggestedFieldInput[] fields) => SuggestionReview.Of(new IntakeAssistInput(fields), Saved)!;

    [Fact]
    public void a_suggestion_kept_as_saved_is_accepted_and_one_changed_is_not()
    {
        var review = Review(
            new(AssistedField.Kecamatan, "35.78.01", ["Karang Pilang"]),
            new(AssistedField.Desa, "35.78.01.1001", ["Kebraon"]),
            new(AssistedField.Pasung, "true", ["dipasung"]),
            new(AssistedField.Urgency, "high", []));
        Assert.Equal(
            [(AssistedField.Kecamatan, "35.78.01", true), (AssistedField.Desa, "35.78.01.1002", false), (AssistedField.Pasung, "true", true), (AssistedField.Urgency, "emergency", false)],
            review.Fields.Select(f => (f.Field, f.Confirmed, f.Accepted)));
        Assert.Equal(Saved.ReceivedAt, review.ReviewedAt);
    }

    [Fact]
    public void no_suggestions_no_event() =>
        Assert.Null(SuggestionReview.Of(null, Saved) ?? SuggestionReview.Of(new IntakeAssistInput([]), Saved));

    [Fact]
    public void erasure_removes_the_quoted_words_and_keeps_the_figures()
    {
        var erased = (IntakeSuggestionsReviewed)PersonalData.MaskEvent(Review(new SuggestedFieldInput(AssistedField.Category, "penyandang_disabilitas", ["ODGJ dipasung"])));
        var field = Assert.Single(erased.Fields);
        Assert.Empty(field.Evidence);
        Assert.True(field.Accepted);
    }
}
