using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// A deterministic check for a judge item whose reasoning condemns the answer itself while its score passes it (4 or
/// 5): "the answer is wrong", "It fails this criterion", "Verdict: fail", "gets this backwards", "should fail", "Score
/// should be 1", "deserves a 2", and the same in German, French, Spanish and Italian ("Die Antwort ist falsch", "La
/// réponse est incorrecte", "La respuesta es incorrecta", "La risposta è sbagliata"). Such a reply is contradictory,
/// never a pass: it is re-asked and then inconclusive.
/// </summary>
/// <remarks>
/// The reasoning is folded (<see cref="FoldedText"/>) and read per clause (sentences end at <c>. ! ? ;</c> and new
/// lines; clauses break at commas, colons, parentheses, dashes and "but", "however", "although", "because"...); patterns
/// are tried only where their lead word starts (<see cref="TriggeredPatterns{T}"/>), and questions are skipped. Only
/// verdicts on the answer itself count: a clause whose verdict is negated, hypothetical, someone else's ("the user's
/// diagnosis is incorrect", "the teammate's claim is wrong, as the answer says"), credited to the answer ("correctly
/// says the mutex is wrong", "explains why a lock would be wrong") or about a minor detail or an example ("its example
/// path would fail") does not.
/// </remarks>
internal static partial class ContradictoryReasoning
{
    private const int TimeoutMs = 1_000;
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>Look-behind: a word starts here.</summary>
    private const string WordStart = @"(?<![a-z0-9'])";

    private const string Adverbs = @"(?:(?:just|simply|plainly|plain|flat\sout|flatly|dead|entirely|completely|totally|utterly|clearly|obviously|factually|fundamentally|technically|largely|mostly|seriously|actually|still|also|definitely|unfortunately|sadly|really|quite|very|basically|essentially|outright)\s){0,2}";
    private const string Correct = @"(?:correct|right|accurate|true|valid|sound|acceptable|safe|ok|okay|good|usable|reliable)";
    private const string Wrong = @"(?:wrong|incorrect|false|untrue|inaccurate|misleading|mistaken|flawed|dangerous|harmful|invalid|erroneous|bogus|unsafe|backwards?|off\sbase|off\sthe\smark|nonsense|unacceptable|broken|in\serror|not\s(?:(?:entirely|completely|quite|fully|actually|really)\s)?" + Correct + ")";
    private const string Qualifier = @"(?:(?:overall|final|main|core|central|key|whole|entire|proposed|suggested|recommended|given|primary|actual)\s)?";

    /// <summary>After the subject: "is wrong", "seems misleading", "isn't correct", "does not seem right".</summary>
    private const string Verdict =
        @"(?:(?:\s(?:is|are|was|were|seems|seemed|appears|appeared|looks|remains|reads\sas|comes\sacross\sas|turns\sout\sto\sbe|proves|proved|ends\sup)|'s|'re)\s" + Adverbs + Wrong + @"(?![a-z])"
        + @"|(?:\s(?:is|are|was|were)(?:\snot|n't)|\s(?:does|did)(?:\snot|n't)\s(?:seem|appear|look)(?:\sto\sbe)?)\s" + Adverbs + "(?:" + Correct + @"|good\senough)(?![a-z]))";

    private const string AnswerNouns = @"(?:answer|response|reply|advice|recommendation|submission|proposed\sfix|suggested\sfix|recommended\sfix|proposed\ssolution|suggested\ssolution)";
    private const string ClaimNouns = @"(?:advice|recommendation|conclusion|diagnosis|claims?|fix|solution|approach|explanation|premise|thesis|reasoning|suggestion|answer|statement|main\spoint)";

    private const string SelfAdverb = @"(?:(?:really|clearly|definitely|probably|simply|therefore|thus|honestly|also|still|then|even|only|just|actually|unfortunately|completely|totally|entirely)\s)?";
    private const string ShouldNotPass = @"(?:n't|\snot)\s(?:(?:really|actually)\s)?(?:pass|be\spassed|be\saccepted|get\s(?:a\s)?(?:4|5|four|five|high|passing|good)|score\s(?:high|well|4|5))(?![a-z0-9])";
    private const string ShouldFail = @"\s(?:(?:really|clearly|definitely|actually|probably)\s)?(?:fail(?!\s(?:with|when|if|on|at|after|before|because|since|unless|until|in|to|over|for\s(?!this|the\scriterion))(?![a-z]))|be\sfailed|be\srejected|be\smarked\s(?:down|as\s(?:a\s)?fail(?:ing|ed|ure)?)|score\s(?:low|lower|poorly|badly)|receive\s(?:a\s)?(?:low|lower|failing)|get\s(?:a\s)?(?:low|lower|failing|poor))(?![a-z])";
    private const string Should = "(?:" + ShouldNotPass + "|" + ShouldFail + ")";
    private const string DeservesLeads = @"deserves|merits|warrants|earns|is\sworth|should\sget|should\sreceive";
    private const string DeservesLow = @"\s(?:(?:only|at\smost|no\smore\sthan|just|barely)\s)?(?:a\s|an\s)?(?:1|2|3|one|two|three|low\sscore|lower\sscore|failing\s(?:score|grade|mark)|fail|an\sf)(?![a-z0-9])(?![.,]\d|\s?(?:points?\s(?:for|of)|more|extra|bonus))";
    private const string GetsLeads = @"gets|got|has";
    private const string GetsBackwards = @"\s(?:this|it|that|things|everything|the\s[a-z-]{1,20}(?:\s[a-z-]{1,20})?|[a-z-]{1,20})\s(?:(?:completely|totally|entirely|exactly|precisely|just|all)\s)?(?:backwards?|wrong|the\swrong\sway\s(?:round|around)|upside\sdown|mixed\sup|reversed|inverted)(?![a-z])";
    private const string GivesLeads = @"gives|offers|provides|recommends|suggests|contains|makes|proposes|presents|is|prescribes|delivers";
    private const string GivesWrong = @"\s(?:(?:a|an|the|some|this|that)\s)?" + Adverbs + @"(?:wrong|incorrect|false|bad|dangerous|harmful|misleading|inaccurate|flawed|erroneous|unsafe|broken)\s(?:advice|guidance|fix|recommendation|information|answer|claim|diagnosis|explanation|solution|conclusion|suggestion|code|response)(?![a-z])";

    private const string AdverbsDe = @"(?:(?:leider|schlicht|einfach|vollig|komplett|ganz|grundsatzlich|sachlich|eindeutig|klar|offensichtlich|inhaltlich|fachlich|technisch|so)\s){0,2}";
    private const string AdverbsFr = @"(?:(?:tout\ssimplement|simplement|completement|totalement|clairement|manifestement|factuellement|fondamentalement|malheureusement|bien|tout\sa\sfait|carrement)\s){0,2}";
    private const string AdverbsEs = @"(?:(?:simplemente|completamente|totalmente|claramente|sencillamente|lamentablemente|fundamentalmente|factualmente)\s){0,2}";
    private const string AdverbsIt = @"(?:(?:semplicemente|completamente|totalmente|chiaramente|del\stutto|purtroppo|fondamentalmente)\s){0,2}";

    private const string GermanVerdict = @"\s(?:ist|war|erscheint|wirkt|bleibt)\s" + AdverbsDe + @"(?:falsch|inkorrekt|unrichtig|fehlerhaft|irrefuhrend|unzutreffend|gefahrlich|nicht\s(?:korrekt|richtig|zutreffend|haltbar|stimmig))(?![a-z])";
    private const string FrenchVerdict = @"\s(?:(?:est|etait|semble|parait|reste)\s" + AdverbsFr + @"(?:incorrecte|fausse|erronee|inexacte|trompeuse|mauvaise|dangereuse|fautive|pas\s(?:correcte|juste|exacte|bonne|valide))|n'(?:est|etait)\spas\s" + AdverbsFr + @"(?:correcte|juste|exacte|bonne|valide))(?![a-z])";
    private const string SpanishVerdict = @"\s(?:(?:es|era|resulta|parece|esta)\s" + AdverbsEs + @"(?:incorrecta|erronea|falsa|equivocada|enganosa|inexacta|peligrosa|mala)|no\s(?:es|era|resulta)\s" + AdverbsEs + @"(?:correcta|exacta|valida|cierta|adecuada))(?![a-z])";
    private const string ItalianVerdict = @"\s(?:(?:e|era|risulta|sembra|appare)\s" + AdverbsIt + @"(?:sbagliata|errata|falsa|scorretta|inesatta|fuorviante|pericolosa|non\s(?:corretta|giusta|esatta|valida))|non\s(?:e|era|risulta)\s" + AdverbsIt + @"(?:corretta|giusta|esatta|valida))(?![a-z])";

    // A clause that opens with a bare verdict: "Incorrect: claims ...", "Just wrong - it designs ...", "Falsch. Die Antwort ...", "Answer incorrect; ..."
    private const string BareVerdictLeads = @"incorrect|wrong|just\swrong|simply\swrong|plain\swrong|false|not\scorrect|answer\sincorrect|answer\swrong|response\sincorrect|falsch|nicht\skorrekt|faux|fausse|incorrecte|incorrecto|incorrecta|erroneo|erronea|sbagliato|sbagliata|errato|errata";
    private const string BareVerdict = @"[ \t]{0,2}(?:[.:;!,]|[-\u2013\u2014](?=\s)|$)";

    private const string LabelLeads = @"answer|verdict|result|assessment|overall|conclusion|judgement|judgment|rating|evaluation|correctness|outcome|antwort|urteil|ergebnis|bewertung|reponse|resultat|respuesta|veredicto|resultado|evaluacion|risposta|verdetto|risultato|valutazione";
    private const string LabelVerdict =
        @"\s{0,2}[*_]{0,2}\s{0,2}[:=-]\s{0,2}[*_]{0,2}\s{0,2}(?:incorrect|wrong|fail|failed|not\scorrect|inaccurate|rejected|reject|unacceptable|inadequate|insufficient|falsch|nicht\s(?:korrekt|richtig|bestanden)|durchgefallen|ungenugend"
        + @"|incorrecte|fausse|faux|echec|echoue|incorrecta|incorrecto|erronea|falsa|suspendido|reprobado|errata|sbagliata|bocciat[oa]|non\scorrett[oa]|fallito)(?![a-z])";

    private const string SaysLeads = @"the\s(?:answer|response|reply)|answer|response|reply|it";
    private const string SaysWhichIsWrong = @"\s(?:says|claims|states|asserts|suggests|recommends|tells|advises|argues|insists|concludes)(?![a-z])(?:[^;.!?\n]|\.(?=\S)){1,160}?,?\s(?:which|and\sthat|but\sthat|and\sthis)\s(?:is|was)\s" + Adverbs + Wrong + @"(?![a-z])";

    /// <summary>Before the verdict in its clause: a negation, a hypothesis, someone else, or credit to the answer.</summary>
    private const string Defusing =
        @"\b(?:not|no|never|nothing|none|neither|nor|hardly|cannot|without|nobody|would|could|might|may|if|whether|unless|suppose|supposing|imagine|hypothetically|otherwise"
        + @"|correctly|rightly|accurately|properly|appropriately|explains?|explaining|explained|rejects?|rejecting|rejected|refutes?|refuting|corrects?|correcting|debunks?|debunking|dismisses|dismissing|points\sout|pointing\sout|notes|noting|warns?|warning|identifies|identifying|flags?|flagging|calls\sout|recogni[sz]es|clarifies|acknowledges|highlights|counters|contradicts|instead\sof|rather\sthan|unlike|avoids?|against"
        + @"|user|user's|users|teammate|teammate's|colleague|colleague's|coworker|co-worker|asker|questioner|question|premise|op|developer|developer's|they|their|he|she|his|her|someone|somebody|people|critics|others|another|claims?|claimed|claiming|says|said|saying|argues|argued|suggests|suggested|assumes|assumed|worries|worried|fears|feared|asks|asked|wonders|doubts|alleges|insists"
        + @"|an\sanswer|any\sanswer|answers|a\sresponse|responses|a\sreply|every\sanswer|such\san\sanswer"
        + @"|nichts|kein|keine|nie|niemals|nicht|wenn|falls|ob|rien|jamais|aucun|aucune|pas|si|nada|nunca|ninguna|ninguno|non|niente|nulla|mai|nessun|nessuna|richtig|zu\srecht|zurecht|correctement|a\sjuste\stitre|correctamente|con\srazon|correttamente|giustamente)\b|n't\b";

    /// <summary>Anywhere in the clause: the verdict is about a minor detail or an example.</summary>
    private const string MinorDetail =
        @"\b(?:minor|small|tiny|trivial|cosmetic|nitpick|nit|slight|slightly|somewhat|a\sbit|a\slittle|partly|partially|marginally|typo|details?|examples?|in\splaces|only\sin|only\sabout|only\son|only\sregarding"
        + @"|kleine[rnms]?|kleinigkeit|geringfugig|mineure?s?|petite?s?|menor(?:es)?|pequen[oa]s?|minore|minori|piccol[oa]|dettagli?o?)\b";

    /// <summary>In the sentence of an "it/this is wrong" verdict: the answer is credited, or someone else is the topic.</summary>
    private const string Credit =
        @"\b(?:as\s(?:the\s)?answer\s(?:says|explains|notes|points\sout|states|argues|shows|makes\sclear)|(?:the|this)\sanswer\s(?:(?:correctly|rightly|accurately|properly)\s)?(?:says|explains|notes|points\sout|shows|rejects|refutes|corrects|flags|identifies|calls\sout|warns|states|argues|makes\sclear|recogni[sz]es|debunks)|and\sthe\sanswer\ssays\sso|(?:user|teammate|colleague|question|premise|coworker)(?:'s)?)\b";

    private const string ClauseBreaks = @"[,:()]|\s-\s|\b(?:but|however|although|though|whereas|while|yet|because|since|except|aber|jedoch|mais|cependant|pero|sin\sembargo|tuttavia)\b";

    private static readonly TriggeredPatterns<Rule> Rules = new TriggeredPatterns<Rule>()
        .Add(BareSubjectRegex(), "answer|response|reply|advice", Rule.ClauseStart)
        .Add(TheSubjectRegex(), "the|this|your", Rule.Anywhere)
        .Add(ItsSubjectRegex(), "its", Rule.Anywhere)
        .Add(PossessiveSubjectRegex(), @"the\s(?:answer|response|assistant|model)|answer|response|assistant|model", Rule.Anywhere)
        .Add(ItIsWrongRegex(), "it|this", Rule.AfterDiscourse with { Weak = true })
        .Add(FailsCriterionRegex(), FailsLeads, Rule.Anywhere)
        .Add(ShouldRegex(), "should|must", Rule.AfterDiscourse)
        .Add(SelfRegex(), SelfLeads, Rule.Anywhere)
        .Add(DeservesRegex(), DeservesLeads, Rule.AfterDiscourse)
        .Add(GetsRegex(), GetsLeads, Rule.AfterDiscourse)
        .Add(GivesRegex(), GivesLeads, Rule.AfterDiscourse)
        .Add(ScoreShouldBeRegex(), @"the\s(?:score|rating|grade|mark)|score|rating|grade|mark", Rule.Anywhere)
        .Add(WrongAnswerRegex(), "wrong|incorrect|failing|bad|poor|unacceptable|misleading|dangerous|flawed", Rule.AfterFiller)
        .Add(JustWrongRegex(), "just|simply|plain|flat|dead|plainly", Rule.ClauseStart)
        .Add(GermanSubjectRegex(), "die|diese|der|dieser", Rule.Anywhere)
        .Add(GermanBareRegex(), "antwort", Rule.ClauseStart)
        .Add(GermanCriterionRegex(), "erfullt|erfullte|besteht|bestand", Rule.Anywhere)
        .Add(GermanShouldRegex(), "sollte|muss", Rule.Anywhere)
        .Add(GermanDeservesRegex(), "verdient", Rule.Anywhere)
        .Add(GermanScoreRegex(), @"die\s(?:bewertung|punktzahl|note)|bewertung|punktzahl|note", Rule.Anywhere)
        .Add(FrenchSubjectRegex(), "la|cette", Rule.Anywhere)
        .Add(FrenchBareRegex(), "reponse", Rule.ClauseStart)
        .Add(FrenchAdviceRegex(), "le|ce", Rule.Anywhere)
        .Add(FrenchCriterionRegex(), "ne", Rule.Anywhere)
        .Add(FrenchFailsRegex(), "echoue", Rule.Anywhere)
        .Add(FrenchShouldRegex(), "devrait|doit", Rule.Anywhere)
        .Add(FrenchDeservesRegex(), "merite", Rule.Anywhere)
        .Add(SpanishSubjectRegex(), "la|esta", Rule.Anywhere)
        .Add(SpanishBareRegex(), "respuesta", Rule.ClauseStart)
        .Add(SpanishAdviceRegex(), "el|este", Rule.Anywhere)
        .Add(SpanishCriterionRegex(), "no", Rule.Anywhere)
        .Add(SpanishShouldRegex(), "deberia|debe", Rule.Anywhere)
        .Add(SpanishDeservesRegex(), "merece", Rule.Anywhere)
        .Add(ItalianSubjectRegex(), "la|questa", Rule.Anywhere)
        .Add(ItalianBareRegex(), "risposta", Rule.ClauseStart)
        .Add(ItalianAdviceRegex(), "il|questo", Rule.Anywhere)
        .Add(ItalianCriterionRegex(), "non", Rule.Anywhere)
        .Add(ItalianShouldRegex(), "dovrebbe|deve", Rule.Anywhere)
        .Add(ItalianDeservesRegex(), "merita", Rule.Anywhere)
        .Add(BareVerdictRegex(), BareVerdictLeads, Rule.ClauseStart)
        .Add(LabelRegex(), LabelLeads, Rule.Label)
        .Add(SaysWhichRegex(), SaysLeads, Rule.Anywhere with { Sentence = true });

    private const string FailsLeads = @"fails|failed|does\snot\s(?:meet|satisfy|fulfil|fulfill|pass|address|achieve|comply\swith)|doesn't\s(?:meet|satisfy|fulfil|fulfill|pass|address|achieve|comply\swith)|did\snot\s(?:meet|satisfy|pass)|didn't\s(?:meet|satisfy|pass)|falls\sshort\sof|fails\sto\s(?:meet|satisfy|fulfil|fulfill|pass|address)";
    private const string SelfLeads = @"this|it|the\sanswer|this\sanswer|the\sresponse|this\sresponse|the\sreply|this\sreply";

    /// <summary>Where a verdict must start in its clause (or sentence), and how it is read.</summary>
    private enum Start
    {
        /// <summary>Anywhere; a negation, hypothesis, other party or credit before it in the clause defuses it.</summary>
        Anywhere,

        /// <summary>At the clause start (after white space and list or emphasis marks): "Answer is wrong", "Just wrong".</summary>
        Clause,

        /// <summary>At the clause start, possibly after a discourse word: "Overall, it is wrong", "So it should fail".</summary>
        Discourse,

        /// <summary>At the clause start, possibly after fillers: "A wrong answer", "This is a wrong answer".</summary>
        Filler,

        /// <summary>At the sentence start: "Answer: incorrect", "Verdict: fail".</summary>
        Sentence,
    }

    /// <summary>The condemning passage of <paramref name="reasoning"/> when <paramref name="score"/> is 4 or 5; otherwise <see langword="null"/>.</summary>
    public static string? Find(int score, string reasoning)
    {
        ArgumentNullException.ThrowIfNull(reasoning);
        if (score < 4)
        {
            return null;
        }

        var text = FoldedText.Create(reasoning, stripCode: false);
        var layout = new Layout(text.Text);
        return Rules.First(text.Text, layout.Condemns) is ({ } match, _) ? text.Passage(match.Index, match.Length) : null;
    }

    /// <summary>How a rule's match is read: where it must start, whether it may span clauses, whether its subject is a bare "it/this".</summary>
    private sealed record Rule(Start Start, bool Sentence = false, bool Weak = false)
    {
        public static readonly Rule Anywhere = new(ContradictoryReasoning.Start.Anywhere);
        public static readonly Rule ClauseStart = new(ContradictoryReasoning.Start.Clause);
        public static readonly Rule AfterDiscourse = new(ContradictoryReasoning.Start.Discourse);
        public static readonly Rule AfterFiller = new(ContradictoryReasoning.Start.Filler);
        public static readonly Rule Label = new(ContradictoryReasoning.Start.Sentence, Sentence: true);
    }

    /// <summary>The sentences and clause breaks of a folded reasoning.</summary>
    private sealed class Layout
    {
        private readonly string _text;
        private readonly List<(int Start, int End, bool Question)> _sentences = [];
        private readonly List<(int Start, int End)> _breaks = [];

        public Layout(string text)
        {
            _text = text;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is '\n' or ';' || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
                {
                    _sentences.Add((start, i, c == '?'));
                    start = i + 1;
                }
            }

            _sentences.Add((start, text.Length, false));
            for (var clauseBreak = JudgeText.Match(ClauseBreak(), text); clauseBreak is { Success: true }; clauseBreak = JudgeText.Next(clauseBreak))
            {
                _breaks.Add((clauseBreak.Index, clauseBreak.Index + clauseBreak.Length));
            }
        }

        /// <summary>True when <paramref name="match"/> of <paramref name="rule"/> condemns the answer in its clause.</summary>
        public bool Condemns(Match match, Rule rule)
        {
            var sentence = _sentences[SentenceAt(match.Index)];
            if (sentence.Question)
            {
                return false;
            }

            var (scopeStart, scopeEnd) = rule.Sentence ? (sentence.Start, sentence.End) : Clause(sentence.Start, sentence.End, match.Index, match.Index + match.Length);
            var prefix = _text[scopeStart..match.Index];
            var atStart = rule.Start switch
            {
                ContradictoryReasoning.Start.Clause or ContradictoryReasoning.Start.Sentence => JudgeText.IsMatch(ClauseOpening(), prefix),
                ContradictoryReasoning.Start.Discourse => JudgeText.IsMatch(DiscourseOpening(), prefix),
                ContradictoryReasoning.Start.Filler => JudgeText.IsMatch(FillerOpening(), prefix),
                _ => true,
            };
            return atStart
                && !JudgeText.IsMatch(Defuser(), prefix)
                && !JudgeText.IsMatch(Minor(), _text[scopeStart..Math.Max(scopeEnd, match.Index + match.Length)])
                && !(rule.Weak && JudgeText.IsMatch(CreditsAnswer(), _text[sentence.Start..sentence.End]));
        }

        private int SentenceAt(int index)
        {
            int low = 0, high = _sentences.Count - 1;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (_sentences[mid].End < index)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }

        /// <summary>The clause around [<paramref name="from"/>, <paramref name="to"/>) within the sentence [<paramref name="sentenceStart"/>, <paramref name="sentenceEnd"/>).</summary>
        private (int Start, int End) Clause(int sentenceStart, int sentenceEnd, int from, int to)
        {
            var (start, end) = (sentenceStart, sentenceEnd);
            foreach (var (breakStart, breakEnd) in _breaks)
            {
                if (breakEnd <= from && breakEnd > start)
                {
                    start = breakEnd;
                }
                else if (breakStart >= to && breakStart < end)
                {
                    end = breakStart;
                    break;
                }
            }

            return (start, end);
        }
    }

    [GeneratedRegex(@"\G" + WordStart + "(?:answer|response|reply|advice)" + Verdict, Options, TimeoutMs)]
    private static partial Regex BareSubjectRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:the|this|your)" + @"\s" + Qualifier + AnswerNouns + Verdict, Options, TimeoutMs)]
    private static partial Regex TheSubjectRegex();

    [GeneratedRegex(@"\G" + WordStart + "its" + @"\s" + Qualifier + ClaimNouns + Verdict, Options, TimeoutMs)]
    private static partial Regex ItsSubjectRegex();

    [GeneratedRegex(@"\G" + WordStart + @"(?:the\s(?:answer|response|assistant|model)|answer|response|assistant|model)" + @"'s\s" + Qualifier + ClaimNouns + Verdict, Options, TimeoutMs)]
    private static partial Regex PossessiveSubjectRegex();

    [GeneratedRegex(@"\G" + "(?:it|this)" + @"(?:\s(?:is|was)|'s)\s" + Adverbs + Wrong + @"(?![a-z])(?!\s(?:to|that|for|if|when|of|in\sgeneral|because)(?![a-z]))", Options, TimeoutMs)]
    private static partial Regex ItIsWrongRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:" + FailsLeads + ")" + @"\s(?:(?:this|the|that|our|its)\s(?:criterion|criteria|rubric\sitem|rubric|requirement)|this\s(?:check|item|test|standard))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex FailsCriterionRegex();

    [GeneratedRegex(@"\G" + "(?:should|must)" + Should, Options, TimeoutMs)]
    private static partial Regex ShouldRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:" + SelfLeads + ")" + @"\s" + SelfAdverb + "(?:(?:should|must)" + Should + "|(?:" + DeservesLeads + ")" + DeservesLow + "|(?:" + GetsLeads + ")" + GetsBackwards + "|(?:" + GivesLeads + ")" + GivesWrong + ")", Options, TimeoutMs)]
    private static partial Regex SelfRegex();

    [GeneratedRegex(@"\G" + "(?:" + DeservesLeads + ")" + DeservesLow, Options, TimeoutMs)]
    private static partial Regex DeservesRegex();

    [GeneratedRegex(@"\G" + "(?:" + GetsLeads + ")" + GetsBackwards, Options, TimeoutMs)]
    private static partial Regex GetsRegex();

    [GeneratedRegex(@"\G" + "(?:" + GivesLeads + ")" + GivesWrong, Options, TimeoutMs)]
    private static partial Regex GivesRegex();

    [GeneratedRegex(@"\G" + WordStart + @"(?:the\s(?:score|rating|grade|mark)|score|rating|grade|mark)" + @"\s(?:(?:here|for\sthis(?:\s(?:criterion|item|answer))?)\s)?(?:should|ought\sto|must)\s(?:(?:really|actually|rather|probably|honestly)\s)?(?:be|have\sbeen)\s(?:(?:a|at\smost|no\smore\sthan|only|around|about|closer\sto)\s){0,2}(?:1|2|3|one|two|three|low|lower|much\slower|failing)(?![a-z0-9])(?![.,]\d)", Options, TimeoutMs)]
    private static partial Regex ScoreShouldBeRegex();

    [GeneratedRegex(@"\G" + "(?:wrong|incorrect|failing|bad|poor|unacceptable|misleading|dangerous|flawed)" + @"\s(?:answer|response|reply)(?![a-z])", Options, TimeoutMs)]
    private static partial Regex WrongAnswerRegex();

    [GeneratedRegex(@"\G" + "(?:just|simply|plain|flat|dead|plainly)" + @"(?:\sout)?\s(?:wrong|incorrect)(?=\s{0,3}(?:[.!?;,:\n)]|$))", Options, TimeoutMs)]
    private static partial Regex JustWrongRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:die|diese|der|dieser)" + @"\s(?:gesamte\s)?(?:antwort|empfehlung|losung|ratschlag|rat|vorschlag|losungsvorschlag)" + GermanVerdict, Options, TimeoutMs)]
    private static partial Regex GermanSubjectRegex();

    [GeneratedRegex(@"\G" + "antwort" + GermanVerdict, Options, TimeoutMs)]
    private static partial Regex GermanBareRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:erfullt|erfullte|besteht|bestand)" + @"\s(?:dieses|das|dies)\skriterium\snicht(?![a-z])", Options, TimeoutMs)]
    private static partial Regex GermanCriterionRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:sollte|muss)" + @"\s(?:(?:eigentlich|klar)\s)?(?:durchfallen|nicht\sbestehen|abgelehnt\swerden|mit\s(?:1|2|3|eins|zwei|drei)\sbewertet\swerden)(?![a-z])", Options, TimeoutMs)]
    private static partial Regex GermanShouldRegex();

    [GeneratedRegex(@"\G" + WordStart + "verdient" + @"\s(?:(?:nur|hochstens)\s)?(?:eine\s)?(?:1|2|3|eins|zwei|drei)(?![a-z0-9])", Options, TimeoutMs)]
    private static partial Regex GermanDeservesRegex();

    [GeneratedRegex(@"\G" + WordStart + @"(?:die\s(?:bewertung|punktzahl|note)|bewertung|punktzahl|note)" + @"\ssollte\s(?:(?:eher|hochstens)\s)?(?:1|2|3|eins|zwei|drei)\ssein(?![a-z])", Options, TimeoutMs)]
    private static partial Regex GermanScoreRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:la|cette)" + @"\s(?:reponse|recommandation|solution|proposition)" + FrenchVerdict, Options, TimeoutMs)]
    private static partial Regex FrenchSubjectRegex();

    [GeneratedRegex(@"\G" + "reponse" + FrenchVerdict, Options, TimeoutMs)]
    private static partial Regex FrenchBareRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:le|ce)" + @"\s(?:conseil|correctif|diagnostic)\s(?:(?:est|etait)\s" + AdverbsFr + @"(?:faux|incorrect|errone|inexact|trompeur|mauvais|dangereux)|n'(?:est|etait)\spas\s(?:correct|juste|exact|bon|valide))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex FrenchAdviceRegex();

    [GeneratedRegex(@"\G" + WordStart + "ne" + @"\s(?:(?:satisfait|remplit|respecte)\spas\s(?:a\s)?(?:ce|le)\scritere|(?:devrait|doit)\spas\s(?:passer|etre\sacceptee|reussir))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex FrenchCriterionRegex();

    [GeneratedRegex(@"\G" + WordStart + "echoue" + @"\s(?:a|sur)\s(?:ce|le)\scritere(?![a-z])", Options, TimeoutMs)]
    private static partial Regex FrenchFailsRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:devrait|doit)" + @"\s(?:echouer|etre\s(?:rejetee|recalee|refusee))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex FrenchShouldRegex();

    [GeneratedRegex(@"\G" + WordStart + "merite" + @"\s(?:(?:seulement|tout\sau\splus|au\splus)\s)?(?:un\s|une\s|la\snote\sde\s)?(?:1|2|3)(?![a-z0-9])", Options, TimeoutMs)]
    private static partial Regex FrenchDeservesRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:la|esta)" + @"\s(?:respuesta|recomendacion|solucion|propuesta)" + SpanishVerdict, Options, TimeoutMs)]
    private static partial Regex SpanishSubjectRegex();

    [GeneratedRegex(@"\G" + "respuesta" + SpanishVerdict, Options, TimeoutMs)]
    private static partial Regex SpanishBareRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:el|este)" + @"\s(?:consejo|diagnostico)\s(?:es|era)\s" + AdverbsEs + @"(?:incorrecto|erroneo|falso|equivocado|enganoso|inexacto|peligroso|malo)(?![a-z])", Options, TimeoutMs)]
    private static partial Regex SpanishAdviceRegex();

    [GeneratedRegex(@"\G" + WordStart + "no" + @"\s(?:cumple\s(?:con\s)?(?:este|el|ese)\scriterio|(?:deberia|debe)\s(?:aprobar|pasar|ser\saceptada))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex SpanishCriterionRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:deberia|debe)" + @"\s(?:fallar|suspender|reprobar|ser\s(?:rechazada|suspendida|reprobada))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex SpanishShouldRegex();

    [GeneratedRegex(@"\G" + WordStart + "merece" + @"\s(?:(?:solo|como\smucho|a\slo\ssumo)\s)?(?:un\s|una\s)?(?:1|2|3)(?![a-z0-9])", Options, TimeoutMs)]
    private static partial Regex SpanishDeservesRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:la|questa)" + @"\s(?:risposta|raccomandazione|soluzione|proposta)" + ItalianVerdict, Options, TimeoutMs)]
    private static partial Regex ItalianSubjectRegex();

    [GeneratedRegex(@"\G" + "risposta" + ItalianVerdict, Options, TimeoutMs)]
    private static partial Regex ItalianBareRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:il|questo)" + @"\s(?:consiglio|suggerimento)\s(?:e|era)\s" + AdverbsIt + @"(?:sbagliato|errato|falso|scorretto|inesatto|fuorviante|pericoloso)(?![a-z])", Options, TimeoutMs)]
    private static partial Regex ItalianAdviceRegex();

    [GeneratedRegex(@"\G" + WordStart + "non" + @"\s(?:(?:soddisfa|rispetta|supera)\s(?:questo|il)\scriterio|(?:dovrebbe|deve)\s(?:passare|essere\saccettata))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex ItalianCriterionRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:dovrebbe|deve)" + @"\s(?:fallire|essere\s(?:bocciata|respinta|rifiutata))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex ItalianShouldRegex();

    [GeneratedRegex(@"\G" + WordStart + "merita" + @"\s(?:(?:solo|al\smassimo)\s)?(?:un\s|una\s)?(?:1|2|3)(?![a-z0-9])", Options, TimeoutMs)]
    private static partial Regex ItalianDeservesRegex();

    [GeneratedRegex(@"\G" + "(?:" + LabelLeads + ")" + LabelVerdict, Options, TimeoutMs)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:" + BareVerdictLeads + ")" + BareVerdict, Options, TimeoutMs)]
    private static partial Regex BareVerdictRegex();

    [GeneratedRegex(@"\G" + WordStart + "(?:" + SaysLeads + ")" + SaysWhichIsWrong, Options, TimeoutMs)]
    private static partial Regex SaysWhichRegex();

    [GeneratedRegex(@"^[\s*_>#-]*$", Options, TimeoutMs)]
    private static partial Regex ClauseOpening();

    [GeneratedRegex(@"^[\s*_>#-]*(?:(?:and|so|overall|thus|hence|therefore|honestly|frankly|still|again|ultimately|sadly|unfortunately|in\sshort|in\ssum|simply\sput|put\ssimply)\s{1,3})?$", Options, TimeoutMs)]
    private static partial Regex DiscourseOpening();

    [GeneratedRegex(@"^[\s*_>#-]*(?:(?:a|an|overall|simply|just|this\sis|it\sis|it's|clearly)\s){0,2}$", Options, TimeoutMs)]
    private static partial Regex FillerOpening();

    [GeneratedRegex(Defusing, Options, TimeoutMs)]
    private static partial Regex Defuser();

    [GeneratedRegex(MinorDetail, Options, TimeoutMs)]
    private static partial Regex Minor();

    [GeneratedRegex(Credit, Options, TimeoutMs)]
    private static partial Regex CreditsAnswer();

    [GeneratedRegex(ClauseBreaks, Options, TimeoutMs)]
    private static partial Regex ClauseBreak();
}
