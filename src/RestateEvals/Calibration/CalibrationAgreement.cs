namespace RestateEvals;

/// <summary>
/// How well a judge's pass/fail agrees with the reference labels, over all answers (<see cref="CalibrationReport.Overall"/>)
/// or on one criterion (<see cref="CalibrationReport.Criteria"/>, where "passed" means the criterion's score reached
/// <see cref="GradingPolicy.MinimumCriterionScore"/>). An inconclusive verdict counts as a disagreement and never as a
/// pass: a good answer that is inconclusive is a false fail, a flawed one is neither a fail nor a false pass.
/// </summary>
/// <param name="CaseId">The case of the criterion; <see langword="null"/> for the overall row.</param>
/// <param name="CriterionId">The criterion; <see langword="null"/> for the overall row.</param>
/// <param name="Good">Good answers counted.</param>
/// <param name="GoodPassed">Good answers that passed (this criterion).</param>
/// <param name="Flawed">Flawed answers counted.</param>
/// <param name="FlawedFailed">Flawed answers that were scored and failed (this criterion).</param>
/// <param name="FlawedPassed">Flawed answers that passed (this criterion).</param>
/// <param name="Inconclusive">Answers, good or flawed, that could not be scored.</param>
public sealed record CalibrationAgreement(string? CaseId, string? CriterionId, int Good, int GoodPassed, int Flawed, int FlawedFailed, int FlawedPassed, int Inconclusive)
{
    /// <summary>All answers counted.</summary>
    public int Total => Good + Flawed;

    /// <summary>Answers whose pass/fail matches their label.</summary>
    public int Agreements => GoodPassed + FlawedFailed;

    /// <summary>Share of answers whose pass/fail matches their label, 0-1; <see cref="double.NaN"/> when there are none.</summary>
    public double Accuracy => Total == 0 ? double.NaN : (double)Agreements / Total;

    /// <summary>Flawed answers that passed. On a criterion row this is expected for criteria the flaw does not touch.</summary>
    public int FalsePasses => FlawedPassed;

    /// <summary>Good answers that did not pass (failed or inconclusive).</summary>
    public int FalseFails => Good - GoodPassed;

    /// <summary>
    /// Cohen's kappa between the labels (good/flawed) and the judge (pass/fail): (p_o - p_e) / (1 - p_e), where p_o is
    /// <see cref="Accuracy"/> and p_e the agreement expected by chance from the two marginals. An inconclusive verdict is
    /// rated as the opposite of its label (a disagreement). When p_e is 1 (both sides put every answer in one class) the
    /// ratio is undefined; kappa is then 1 if the observed agreement is 1, else 0. <see cref="double.NaN"/> when there
    /// are no answers.
    /// </summary>
    public double Kappa
    {
        get
        {
            if (Total == 0)
            {
                return double.NaN;
            }

            double n = Total;
            var judgedPass = GoodPassed + (Flawed - FlawedFailed);
            var judgedFail = Total - judgedPass;
            var observed = Agreements / n;
            var expected = ((Good / n) * (judgedPass / n)) + ((Flawed / n) * (judgedFail / n));
            if (1 - expected < 1e-12)
            {
                return observed >= 1 - 1e-12 ? 1 : 0;
            }

            return (observed - expected) / (1 - expected);
        }
    }

    /// <summary>E.g. <c>VOS-01 no-app-lock</c>, or <c>overall</c>.</summary>
    public string Subject => CriterionId is null ? "overall" : $"{CaseId} {CriterionId}";
}
