namespace TKSK.Cases.Referrals;

// The API's fixed code lists (docs/api.md). On the wire each value is its snake_case
// name (WalkIn = "walk_in"); keep member names stable once shipped, they are the public codes.

public enum Channel { Hotline, Whatsapp, Instagram, Facebook, X, Tiktok, Youtube, Email, WalkIn, Agency }

public enum Urgency { Emergency, High, Normal }

public enum Sex { Male, Female, Unknown }

public enum DeskDecision { FieldResponse, Duplicate, Unfounded, OutOfScope }

public enum RiskLevel { Low, Medium, High, Critical }

public enum Need
{
    Medical, Psychiatric, Shelter, Food, CivilDocuments, SocialAssistance, FamilyMediation,
    LegalAid, Rehabilitation, Education, Livelihood,
}

public enum StepKind
{
    PasungRelease, PsychiatricTreatment, MedicalTreatment, InstitutionalPlacement, Rehabilitation,
    SocialAssistance, CivilDocuments, FamilyReunification, VillageDeliberation, LegalAid, Other,
}

public enum Outcome
{
    FreedAndTreated, PlacedInInstitution, ReunitedWithFamily, ReceivingAssistance, Rehabilitated,
    ReferredOutOfArea, SubjectNotFound, Deceased, DeclinedServices, MovedOutOfArea, Other,
}

/// <summary>Why an agency may see a referral's personal data (UU PDP): the subject's or guardian's consent, a vital interest, a legal obligation.</summary>
public enum SharingBasis { SubjectConsent, GuardianConsent, VitalInterest, LegalObligation }

public enum ReferralStatus { Received, Assessed, Rejected, Assigned, InProgress, Resolved, Closed }

public enum StepStatus { Planned, InProgress, Completed, Cancelled }

/// <summary>The deadlines of the SLA policy (docs/workflow.md, "Deadlines").</summary>
public enum DeadlineKind { DeskAssessment, Acceptance, FirstVisit, Resolution, Step, FollowUp }

/// <summary>How far up the Dinas Sosial chain an ignored case has gone.</summary>
public enum EscalationLevel { None, Kabupaten, Province }

/// <summary>What a follow-up visit found.</summary>
public enum SubjectStatus { Stable, Relapse, RePasung, Deceased, Moved }
