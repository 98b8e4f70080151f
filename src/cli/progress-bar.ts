/**
 * A progress bar on stderr: redrawn in place on a terminal, one line per 10 %
 * otherwise (CI logs stay short).
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  let lastDecile = -1;
  const started = Date.now();
  return (done, total) => {
    const share = total === 0 ? 1 : done / total;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} ${seconds}s`);
      if (done >= total) stream.write("\n");
      return;
    }
    const decile = Math.floor(share * 10);
    if (decile !== lastDecile) {
      lastDecile = decile;
      stream.write(`${label}: ${(share * 100).toFixed(0)}% (${done}/${total}, ${seconds}s)\n`);
    }
  };
}
