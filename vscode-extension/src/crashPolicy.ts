/** What to do when the server process ends without being asked to. */
export type CrashDecision =
  | { readonly restart: true; readonly message: string }
  | { readonly restart: false; readonly message: string };

/**
 * Restarts a crashed server, but stops after `maxRestarts` crashes within `windowMs` so a server that dies
 * at start-up does not loop forever. Pure apart from the clock it is given.
 */
export class CrashPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60 * 1000,
  ) {}

  onCrash(now: number): CrashDecision {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    const count = this.crashes.length;
    if (count <= this.maxRestarts) {
      return {
        restart: true,
        message: `The anonscript language server stopped unexpectedly and was restarted (${count} of ${this.maxRestarts} restarts allowed in ${this.windowMs / 60000} minutes).`,
      };
    }
    return {
      restart: false,
      message: `The anonscript language server crashed ${count} times in ${this.windowMs / 60000} minutes and will not be restarted. See "anonscript: Show Server Output", then run "anonscript: Restart Language Server".`,
    };
  }

  reset(): void {
    this.crashes = [];
  }
}
