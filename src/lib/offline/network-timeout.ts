// How long the offline worker waits for the network before answering from the saved copy, and
// how long the page's footer waits before it calls the network down: one wait, so the two agree.
export const NETWORK_TIMEOUT_MS = 4000;
