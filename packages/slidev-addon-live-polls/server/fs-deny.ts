/**
 * Files Vite's dev server must never serve. Setting `server.fs.deny` replaces Vite's own list, so
 * Vite's defaults are repeated here (fs-deny.test.ts fails when a Vite upgrade adds one) and ours
 * come after them.
 */
export const VITE_DEFAULT_DENY = [
  '.env',
  '.env.*',
  '*.{crt,pem,key,p12,pfx,cer,der}',
  '.npmrc',
  '.yarnrc.yml',
  '**/.git/**',
]

export const FS_DENY = [
  ...VITE_DEFAULT_DENY,
  // A git worktree's .git is a file pointing at the repository.
  '**/.git',
  // The vote log and its archives are for the presenter's machine, not for anyone who guesses a path.
  '**/results/**',
  // Printed guides and reports (the facilitator guide holds every answer).
  '**/exports/**',
  '*.key',
  '.netrc',
]
