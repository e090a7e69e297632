package io.pdkit.core.ratelimit;

/**
 * One in-memory bucket: up to {@code burst} tokens, refilled continuously at
 * {@code refillPerPeriod} per period. The balance may go below zero: a reserved permit or
 * a drain is paid back by later refills.
 */
final class TokenBucket {

	private final double capacity;

	private final double tokensPerNano;

	private double tokens;

	private long updatedNanos;

	TokenBucket(RateLimit limit, long nowNanos) {
		this.capacity = limit.burst();
		this.tokensPerNano = limit.refillPerPeriod() / (double) limit.period().toNanos();
		this.tokens = this.capacity;
		this.updatedNanos = nowNanos;
	}

	/**
	 * Reserves one token.
	 * @return the nanoseconds to wait before using it, or -1 if that exceeds
	 * {@code maxWaitNanos} (nothing taken)
	 */
	synchronized long reserve(long nowNanos, long maxWaitNanos) {
		refill(nowNanos);
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return 0;
		}
		long wait = (long) Math.ceil((1 - this.tokens) / this.tokensPerNano);
		if (wait > maxWaitNanos) {
			return -1;
		}
		this.tokens -= 1;
		return wait;
	}

	/**
	 * Lowers the balance so that no token is available for {@code resetNanos}.
	 */
	synchronized void drain(long nowNanos, long resetNanos) {
		refill(nowNanos);
		this.tokens = Math.min(this.tokens, 1 - resetNanos * this.tokensPerNano);
	}

	private void refill(long nowNanos) {
		if (nowNanos > this.updatedNanos) {
			this.tokens = Math.min(this.capacity, this.tokens + (nowNanos - this.updatedNanos) * this.tokensPerNano);
			this.updatedNanos = nowNanos;
		}
	}

}
