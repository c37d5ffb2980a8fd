/** The sandbox's payment provider (VOS-06). Resolves with a receipt id; throws restate.TerminalError when declined; throws a plain Error on a transient gateway failure. */
export declare function charge(card: string, amount: number): Promise<string>;
