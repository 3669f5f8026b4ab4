import base from "./playwright.config";
const ws = Array.isArray(base.webServer) ? base.webServer[0]! : base.webServer!;
export default { ...base, webServer: { ...ws, command: String(ws.command).replace(/^npm run build && /, "") } };
