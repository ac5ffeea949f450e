/**
 * Runs `run` once, after the browser has painted the next frame: work that can wait a frame
 * (reading the work list and the outbox counts at start) then does not hold back the first
 * screen's paint (issue 14: start fast). A task queued from a frame callback runs after that
 * frame is painted. A hidden window gets no frames, so `fallbackMs` runs it anyway.
 * Answers a cancel function (an unmount before it ran).
 */
export function afterNextPaint(run: () => void, fallbackMs = 100): () => void {
  let done = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    run();
  };
  const fallback = setTimeout(once, fallbackMs);
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (task = setTimeout(once, 0))) : undefined;
  return () => {
    done = true;
    clearTimeout(fallback);
    clearTimeout(task);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}
