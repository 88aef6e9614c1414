/** The policy folder the site is built from: RULES_DIR (the build command sets it), else `policies`. */
export function bookFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.RULES_DIR ?? 'policies';
}
