/**
 * One line per kind of rejection per interval, with a count of the ones left out since the last line: a
 * flood of bad requests must not become a flood of log lines (disk, and the operator's attention).
 */
export function throttledLine(
  write: (message: string) => void,
  { intervalMs = 60_000, now = () => Date.now() }: { intervalMs?: number; now?: () => number } = {},
): (kind: string, message: string) => void {
  const lastWritten = new Map<string, number>();
  const suppressed = new Map<string, number>();
  return (kind, message) => {
    const at = now();
    const last = lastWritten.get(kind);
    if (last !== undefined && at - last < intervalMs) {
      suppressed.set(kind, (suppressed.get(kind) ?? 0) + 1);
      return;
    }
    const left = suppressed.get(kind) ?? 0;
    suppressed.delete(kind);
    lastWritten.set(kind, at);
    write(left > 0 ? `${message} (and ${String(left)} more like it since the last such line)` : message);
  };
}
