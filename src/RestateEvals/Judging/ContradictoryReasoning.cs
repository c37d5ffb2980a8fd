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
/// lines; clauses break at commas, colons, parentheses, dashes and "but", "however", "although", "because"...). Only
/// verdicts on the answer itself count: a clause whose verdict is negated, hypothetical, someone else's ("the user's
/// diagnosis is incorrect", "the teammate's claim is wrong, as the answer says"), credited to the answer ("correctly
/// says the mutex is wrong", "explains why a lock would be wrong") or about a minor detail or an example ("its example
/// path would fail") does not.
/// </remarks>
internal static partial class ContradictoryReasoning
{
    private const int TimeoutMs = 500;
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private const string Adverbs = @"(?:(?:just|simply|plain|plainly|flat|flatly|flat\sout|dead|entirely|completely|totally|utterly|wholly|clearly|obviously|factually|fundamentally|technically|largely|mostly|mainly|substantially|seriously|badly|dangerously|demonstrably|actually|still|also|definitely|unfortunately|sadly|really|quite|very|overall|materially|critically|categorically|basically|essentially|outright|again|therefore|thus|hence|ultimately|in\sfact)\s){0,3}";
    private const string Correct = @"(?:correct|right|accurate|true|valid|sound|acceptable|safe|ok|okay|good|usable|reliable)";
    private const string Wrong = @"(?:wrong|incorrect|false|untrue|inaccurate|misleading|mistaken|flawed|dangerous|harmful|invalid|erroneous|bogus|unsafe|backwards?|off\sbase|off\sthe\smark|nonsense|unacceptable|broken|in\serror|not\s" + Adverbs + Correct + ")";
    private const string Qualifier = @"(?:(?:overall|final|main|core|central|key|whole|entire|proposed|suggested|recommended|given|primary|actual)\s)?";

    /// <summary>The answer itself, or its advice, claim, fix or conclusion.</summary>
    private const string Subject =
        @"(?:^\s{0,3}(?:[*_>#-]{1,4}\s{0,2})?(?:answer|response|reply|advice)"
        + @"|\b(?:the|this|your)\s" + Qualifier + @"(?:answer|response|reply|advice|recommendation|submission|proposed\sfix|suggested\sfix|recommended\sfix|proposed\ssolution|suggested\ssolution)"
        + @"|\bits\s" + Qualifier + @"(?:advice|recommendation|conclusion|diagnosis|claims?|fix|solution|approach|explanation|premise|thesis|answer|reasoning|main\spoint)"
        + @"|\b(?:the\s)?(?:answer|response|assistant|model)'s\s" + Qualifier + @"(?:advice|recommendation|conclusion|diagnosis|claims?|fix|solution|approach|explanation|premise|thesis|reasoning|suggestion|answer|statement))";

    private const string Verb = @"(?:\s(?:is|are|was|were|seems|seemed|appears|appeared|looks|remains|reads\sas|comes\sacross\sas|turns\sout\sto\sbe|proves|proved|ends\sup)|'s|'re)\s";

    /// <summary>"this", "it", "the answer"... as the subject, or nothing before the verb at the clause start ("Should fail.").</summary>
    private const string Self = @"(?:^\s{0,3}|\b(?:this|it|the\sanswer|this\sanswer|the\sresponse|this\sresponse|the\sreply|this\sreply)\s(?:(?:really|clearly|definitely|probably|simply|therefore|thus|honestly|also|still|then|even|only|just|actually|unfortunately|completely|totally|entirely)\s)?)";

    private const string AdverbsDe = @"(?:(?:leider|schlicht|einfach|vollig|komplett|ganz|grundsatzlich|sachlich|eindeutig|klar|offensichtlich|inhaltlich|fachlich|technisch|so)\s){0,2}";
    private const string AdverbsFr = @"(?:(?:tout\ssimplement|simplement|completement|totalement|clairement|manifestement|factuellement|fondamentalement|malheureusement|bien|tout\sa\sfait|carrement)\s){0,2}";
    private const string AdverbsEs = @"(?:(?:simplemente|completamente|totalmente|claramente|sencillamente|lamentablemente|fundamentalmente|factualmente)\s){0,2}";
    private const string AdverbsIt = @"(?:(?:semplicemente|completamente|totalmente|chiaramente|del\stutto|purtroppo|fondamentalmente)\s){0,2}";

    private const string ClauseVerdicts =
        Subject + Verb + Adverbs + Wrong + @"\b"
        + "|" + Subject + @"(?:\s(?:is|are|was|were)(?:\snot|n't)|\s(?:does|did)(?:\snot|n't)\s(?:seem|appear|look)(?:\sto\sbe)?)\s" + Adverbs + @"(?:" + Correct + @"|good\senough)\b"
        + @"|^\s{0,3}(?:(?:and|so|overall|thus|hence|therefore|honestly|frankly|still|again|ultimately|sadly|unfortunately|in\sshort|in\ssum|simply\sput|put\ssimply)\s{1,3})?(?<weak>it|this)(?:\s(?:is|was)|'s)\s" + Adverbs + Wrong + @"\b(?!\s(?:to|that|for|if|when|of|in\sgeneral|because)\b)"
        + @"|\b(?:fails|failed|does\snot\s(?:meet|satisfy|fulfil|fulfill|pass|address|achieve|comply\swith)|doesn't\s(?:meet|satisfy|fulfil|fulfill|pass|address|achieve|comply\swith)|did\snot\s(?:meet|satisfy|pass)|didn't\s(?:meet|satisfy|pass)|falls\sshort\sof|fails\sto\s(?:meet|satisfy|fulfil|fulfill|pass|address))\s(?:(?:this|the|that|our|its)\s(?:criterion|criteria|rubric\sitem|rubric|requirement)|this\s(?:check|item|test|standard))\b"
        + "|" + Self + @"(?:should|must)(?:n't|\snot)\s(?:(?:really|actually)\s)?(?:pass|be\spassed|be\saccepted|get\s(?:a\s)?(?:4|5|four|five|high|passing|good)|score\s(?:high|well|4|5))\b"
        + "|" + Self + @"(?:should|must)\s(?:(?:really|clearly|definitely|actually|probably)\s)?(?:fail(?!\s(?:with|when|if|on|at|after|before|because|since|unless|until|in|to|for\s(?!this|the\scriterion))\b)|be\sfailed|be\srejected|be\smarked\s(?:down|as\s(?:a\s)?fail(?:ing|ed|ure)?)|score\s(?:low|lower|poorly|badly)|receive\s(?:a\s)?(?:low|lower|failing)|get\s(?:a\s)?(?:low|lower|failing|poor))\b"
        + @"|\b(?:the\s)?(?:score|rating|grade|mark)\s(?:(?:here|for\sthis(?:\s(?:criterion|item|answer))?)\s)?(?:should|ought\sto|must)\s(?:(?:really|actually|rather|probably|honestly)\s)?(?:be|have\sbeen)\s(?:(?:a|at\smost|no\smore\sthan|only|around|about|closer\sto)\s){0,2}(?:1|2|3|one|two|three|low|lower|much\slower|failing)\b(?![.,]\d)"
        + "|" + Self + @"(?:deserves|merits|warrants|earns|is\sworth|should\s(?:get|receive))\s(?:(?:only|at\smost|no\smore\sthan|just|barely)\s)?(?:a\s|an\s)?(?:1|2|3|one|two|three|low\sscore|lower\sscore|failing\s(?:score|grade|mark)|fail|an\sf)\b(?![.,]\d|\s?(?:points?\s(?:for|of)|more|extra|bonus))"
        + "|" + Self + @"(?:gets|got|has)\s(?:this|it|that|things|everything|the\s[a-z-]{1,20}(?:\s[a-z-]{1,20})?|[a-z-]{1,20})\s(?:(?:completely|totally|entirely|exactly|precisely|just|all)\s)?(?:backwards?|wrong|the\swrong\sway\s(?:round|around)|upside\sdown|mixed\sup|reversed|inverted)\b"
        + "|" + Self + @"(?:gives|offers|provides|recommends|suggests|contains|makes|proposes|presents|is|prescribes|delivers)\s(?:(?:a|an|the|some|this|that)\s)?" + Adverbs + @"(?:wrong|incorrect|false|bad|dangerous|harmful|misleading|inaccurate|flawed|erroneous|unsafe|broken)\s(?:advice|guidance|fix|recommendation|information|answer|claim|diagnosis|explanation|solution|conclusion|suggestion|code|response)\b"
        + @"|^\s{0,3}(?:(?:a|an|overall|simply|just|this\sis|it\sis|it's|clearly)\s){0,2}(?:wrong|incorrect|failing|bad|poor|unacceptable|misleading|dangerous|flawed)\s(?:answer|response|reply)\b"
        + @"|^\s{0,3}(?:just|simply|plain|flat|flat\sout|dead|plainly)\s(?:wrong|incorrect)\s{0,3}$"
        + @"|(?:\b(?:die|diese)\s(?:gesamte\s)?(?:antwort|empfehlung|losung)|\b(?:der|dieser)\s(?:ratschlag|rat|vorschlag|losungsvorschlag)|^\s{0,3}antwort)\s(?:ist|war|erscheint|wirkt|bleibt)\s" + AdverbsDe + @"(?:falsch|inkorrekt|unrichtig|fehlerhaft|irrefuhrend|unzutreffend|gefahrlich|nicht\s(?:korrekt|richtig|zutreffend|haltbar|stimmig))\b"
        + @"|\b(?:erfullt|erfullte|besteht|bestand)\s(?:dieses|das|dies)\skriterium\snicht\b|\b(?:sollte|muss)\s(?:(?:eigentlich|klar)\s)?(?:durchfallen|nicht\sbestehen|abgelehnt\swerden|mit\s(?:1|2|3|eins|zwei|drei)\sbewertet\swerden)\b"
        + @"|\bverdient\s(?:(?:nur|hochstens)\s)?(?:eine\s)?(?:1|2|3|eins|zwei|drei)\b|\b(?:die\s)?(?:bewertung|punktzahl|note)\ssollte\s(?:(?:eher|hochstens)\s)?(?:1|2|3|eins|zwei|drei)\ssein\b"
        + @"|(?:\b(?:la|cette)\s(?:reponse|recommandation|solution|proposition)|^\s{0,3}reponse)\s(?:est|etait|semble|parait|reste)\s" + AdverbsFr + @"(?:incorrecte|fausse|erronee|inexacte|trompeuse|mauvaise|dangereuse|fautive|pas\s(?:correcte|juste|exacte|bonne|valide))\b"
        + @"|\b(?:la|cette)\s(?:reponse|recommandation|solution)\sn'(?:est|etait)\spas\s" + AdverbsFr + @"(?:correcte|juste|exacte|bonne|valide)\b"
        + @"|\b(?:le|ce)\s(?:conseil|correctif|diagnostic)\s(?:est|etait)\s" + AdverbsFr + @"(?:faux|incorrect|errone|inexact|trompeur|mauvais|dangereux)\b|\b(?:le|ce)\s(?:conseil|correctif|diagnostic)\sn'(?:est|etait)\spas\s(?:correct|juste|exact|bon|valide)\b"
        + @"|\bne\s(?:satisfait|remplit|respecte)\spas\s(?:a\s)?(?:ce|le)\scritere\b|\bechoue\s(?:a|sur)\s(?:ce|le)\scritere\b|\b(?:devrait|doit)\s(?:echouer|etre\s(?:rejetee|recalee|refusee))\b|\bne\s(?:devrait|doit)\spas\s(?:passer|etre\sacceptee|reussir)\b|\bmerite\s(?:(?:seulement|tout\sau\splus|au\splus)\s)?(?:un\s|une\s|la\snote\sde\s)?(?:1|2|3)\b"
        + @"|(?:\b(?:la|esta)\s(?:respuesta|recomendacion|solucion|propuesta)|^\s{0,3}respuesta)\s(?:es|era|resulta|parece|esta)\s" + AdverbsEs + @"(?:incorrecta|erronea|falsa|equivocada|enganosa|inexacta|peligrosa|mala)\b"
        + @"|\b(?:la|esta)\s(?:respuesta|recomendacion|solucion)\sno\s(?:es|era|resulta)\s" + AdverbsEs + @"(?:correcta|exacta|valida|cierta|adecuada)\b"
        + @"|\b(?:el|este)\s(?:consejo|diagnostico)\s(?:es|era)\s" + AdverbsEs + @"(?:incorrecto|erroneo|falso|equivocado|enganoso|inexacto|peligroso|malo)\b"
        + @"|\bno\scumple\s(?:con\s)?(?:este|el|ese)\scriterio\b|\b(?:deberia|debe)\s(?:fallar|suspender|reprobar|ser\s(?:rechazada|suspendida|reprobada))\b|\bno\s(?:deberia|debe)\s(?:aprobar|pasar|ser\saceptada)\b|\bmerece\s(?:(?:solo|como\smucho|a\slo\ssumo)\s)?(?:un\s|una\s)?(?:1|2|3)\b"
        + @"|(?:\b(?:la|questa)\s(?:risposta|raccomandazione|soluzione|proposta)|^\s{0,3}risposta)\s(?:e|era|risulta|sembra|appare)\s" + AdverbsIt + @"(?:sbagliata|errata|falsa|scorretta|inesatta|fuorviante|pericolosa|non\s(?:corretta|giusta|esatta|valida))\b"
        + @"|\b(?:la|questa)\s(?:risposta|raccomandazione|soluzione)\snon\s(?:e|era|risulta)\s" + AdverbsIt + @"(?:corretta|giusta|esatta|valida)\b"
        + @"|\b(?:il|questo)\s(?:consiglio|suggerimento)\s(?:e|era)\s" + AdverbsIt + @"(?:sbagliato|errato|falso|scorretto|inesatto|fuorviante|pericoloso)\b"
        + @"|\bnon\s(?:soddisfa|rispetta|supera)\s(?:questo|il)\scriterio\b|\b(?:dovrebbe|deve)\s(?:fallire|essere\s(?:bocciata|respinta|rifiutata))\b|\bnon\s(?:dovrebbe|deve)\s(?:passare|essere\saccettata)\b|\bmerita\s(?:(?:solo|al\smassimo)\s)?(?:un\s|una\s)?(?:1|2|3)\b";

    /// <summary>A verdict label at a sentence start: "Answer: incorrect", "Verdict: fail", "Antwort: falsch".</summary>
    private const string LabelVerdict =
        @"^\s{0,3}[*_#>-]{0,4}\s{0,2}(?:the\s)?(?:answer|verdict|result|assessment|overall|conclusion|judg(?:e)?ment|rating|evaluation|correctness|outcome|antwort|urteil|ergebnis|bewertung|reponse|resultat|respuesta|veredicto|resultado|evaluacion|risposta|verdetto|risultato|valutazione)"
        + @"\s{0,2}[*_]{0,2}\s{0,2}[:=-]\s{0,2}[*_]{0,2}\s{0,2}(?:incorrect|wrong|fail|failed|not\scorrect|inaccurate|rejected|reject|unacceptable|inadequate|insufficient|falsch|nicht\s(?:korrekt|richtig|bestanden)|durchgefallen|ungenugend|incorrecte|fausse|faux|echec|echoue|incorrecta|incorrecto|erronea|falsa|suspendido|reprobado|errata|sbagliata|bocciat[oa]|non\scorrett[oa]|fallito)\b";

    /// <summary>"The answer says X, which is wrong."</summary>
    private const string SaysWhichIsWrong =
        @"\b(?:the\s)?(?:answer|response|reply|it)\s(?:says|claims|states|asserts|suggests|recommends|tells|advises|argues|insists|concludes)\b[^;]{1,160}?,?\s(?:which|and\sthat|but\sthat|and\sthis)\s(?:is|was)\s" + Adverbs + Wrong + @"\b";

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

    /// <summary>The condemning passage of <paramref name="reasoning"/> when <paramref name="score"/> is 4 or 5; otherwise <see langword="null"/>.</summary>
    public static string? Find(int score, string reasoning)
    {
        ArgumentNullException.ThrowIfNull(reasoning);
        if (score < 4)
        {
            return null;
        }

        var text = FoldedText.Create(reasoning, stripCode: false);
        var folded = text.Text;
        foreach (var (start, end, question) in Sentences(folded))
        {
            if (question)
            {
                continue;
            }

            var sentence = folded[start..end];
            if (First(Label(), sentence, _ => true) is { } label)
            {
                return text.Passage(start + label.Index, label.Length);
            }

            if (First(SaysWhich(), sentence, m => !Defuser().IsMatch(sentence.AsSpan(0, m.Index))) is { } says)
            {
                return text.Passage(start + says.Index, says.Length);
            }

            var clauseStart = 0;
            foreach (var clauseEnd in ClauseEnds(sentence))
            {
                var clause = sentence[clauseStart..clauseEnd.Start];
                var offset = clauseStart;
                clauseStart = clauseEnd.End;
                if (clause.Length == 0 || Matches(Minor(), clause))
                {
                    continue;
                }

                var verdict = First(Verdict(), clause, m => !Defuser().IsMatch(clause.AsSpan(0, m.Index)) && !(m.Groups["weak"].Success && Matches(CreditsAnswer(), sentence)));
                if (verdict is not null)
                {
                    return text.Passage(start + offset + verdict.Index, verdict.Length);
                }
            }
        }

        return null;
    }

    /// <summary>Sentences of <paramref name="text"/>: they end at . ! ? followed by white space (or the end), at ; and at new lines.</summary>
    private static IEnumerable<(int Start, int End, bool Question)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or ';' || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                if (i > start)
                {
                    yield return (start, i, c == '?');
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (start, text.Length, false);
        }
    }

    /// <summary>The clause breaks of <paramref name="sentence"/>, then its end.</summary>
    private static List<(int Start, int End)> ClauseEnds(string sentence)
    {
        List<(int Start, int End)> ends = [];
        try
        {
            foreach (Match clauseBreak in ClauseBreak().Matches(sentence))
            {
                ends.Add((clauseBreak.Index, clauseBreak.Index + clauseBreak.Length));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            ends.Clear();
        }

        ends.Add((sentence.Length, sentence.Length));
        return ends;
    }

    private static Match? First(Regex regex, string input, Func<Match, bool> accept)
    {
        try
        {
            for (var match = regex.Match(input); match.Success; match = match.NextMatch())
            {
                if (accept(match))
                {
                    return match;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return null;
    }

    private static bool Matches(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    [GeneratedRegex(ClauseVerdicts, Options, TimeoutMs)]
    private static partial Regex Verdict();

    [GeneratedRegex(LabelVerdict, Options, TimeoutMs)]
    private static partial Regex Label();

    [GeneratedRegex(SaysWhichIsWrong, Options, TimeoutMs)]
    private static partial Regex SaysWhich();

    [GeneratedRegex(Defusing, Options, TimeoutMs)]
    private static partial Regex Defuser();

    [GeneratedRegex(MinorDetail, Options, TimeoutMs)]
    private static partial Regex Minor();

    [GeneratedRegex(Credit, Options, TimeoutMs)]
    private static partial Regex CreditsAnswer();

    [GeneratedRegex(ClauseBreaks, Options, TimeoutMs)]
    private static partial Regex ClauseBreak();
}
