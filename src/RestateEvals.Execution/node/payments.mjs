// The sandbox's payment provider for VOS-06. Card "declined" is declined (TerminalError); card "flaky" fails once per
// process with a transient error, then succeeds; any other card succeeds. Every successful charge is one line in
// tmp/charges.log beside this file, which the scenario reads.
import { appendFileSync } from "node:fs";
import * as restate from "@restatedev/restate-sdk";

const failedOnce = new Set();
let receipts = 0;

export async function charge(card, amount) {
  if (typeof card !== "string" || typeof amount !== "number") {
    throw new restate.TerminalError(`charge(card: string, amount: number) was called with (${typeof card}, ${typeof amount})`);
  }
  if (card === "declined") {
    throw new restate.TerminalError("payment declined");
  }
  if (card === "flaky" && !failedOnce.has(amount)) {
    failedOnce.add(amount);
    throw new Error("payment gateway timeout (transient)");
  }
  const receipt = `rcpt-${process.pid}-${++receipts}`;
  appendFileSync(new URL("./tmp/charges.log", import.meta.url), JSON.stringify({ card, amount, receipt }) + "\n");
  return receipt;
}
