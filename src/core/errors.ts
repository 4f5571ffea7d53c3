/**
 * A failure that stops a command from doing its job (exit 2): a missing or unreadable file,
 * a bad config, a refused overwrite. The message is what the user reads, in one line.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
