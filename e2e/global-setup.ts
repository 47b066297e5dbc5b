import { execFileSync } from 'node:child_process';

/** Types for the generated client, from the committed openapi.yaml as it is now (generated/ is not committed). */
export default function generateTypes(): void {
  execFileSync('npm', ['run', '--silent', 'generate'], { cwd: import.meta.dirname, stdio: 'inherit' });
}
