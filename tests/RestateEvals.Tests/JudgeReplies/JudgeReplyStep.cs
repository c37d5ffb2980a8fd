namespace RestateEvals.Tests.JudgeReplies;

/// <summary>How the fake judge delivers one reply.</summary>
internal enum ReplyBehaviour
{
    Normal,
    LateIgnoringCancellation,
    Hang,
    SlowCancellable,
    Throw,
    CancelByItself,
}

/// <summary>One reply of the fake judge: its text, its finish reason (<see langword="null"/>: none given) and how it arrives.</summary>
internal sealed record JudgeReplyStep(string Text, string? Finish = "stop", ReplyBehaviour Behaviour = ReplyBehaviour.Normal);
