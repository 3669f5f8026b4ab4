/** Runs once when a server instance starts (not during `next build`). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const { startServer } = await import("./server/startup");
    await startServer();
  } catch (error) {
    // an invalid environment is reported here, by the module that parses it
    console.error(`Villagepost cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
