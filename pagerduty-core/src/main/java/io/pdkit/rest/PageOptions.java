package io.pdkit.rest;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How a paginating method pages: page size, whether to ask for the total, and a hook
 * called per item.
 *
 * <pre>{@code
 * client.iterAll("incidents", Map.of(), PageOptions.builder().pageSize(25).total(true).build())
 *       .forEach(System.out::println);
 * }</pre>
 */
public final class PageOptions {

	private static final PageOptions DEFAULTS = builder().build();

	private final @Nullable Integer pageSize;

	private final boolean total;

	private final @Nullable ItemHook itemHook;

	private PageOptions(Builder builder) {
		this.pageSize = builder.pageSize;
		this.total = builder.total;
		this.itemHook = builder.itemHook;
	}

	/**
	 * Returns the options used when none are given: the client's page size,
	 * {@code total=false}, no hook.
	 * @return the defaults
	 */
	public static PageOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Starts building options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the page size, or {@code null} to use the client's default page size.
	 * @return the page size
	 */
	public @Nullable Integer pageSize() {
		return this.pageSize;
	}

	/**
	 * Returns whether classic pagination asks the API for the total ({@code total=true}).
	 * @return {@code true} to ask for the total
	 */
	public boolean total() {
		return this.total;
	}

	/**
	 * Returns the hook called for every item, if any.
	 * @return the hook, or {@code null}
	 */
	public @Nullable ItemHook itemHook() {
		return this.itemHook;
	}

	@Override
	public String toString() {
		return "PageOptions[pageSize=" + this.pageSize + ", total=" + this.total + ", itemHook="
				+ (this.itemHook != null) + "]";
	}

	/**
	 * Builds {@link PageOptions}. Not thread-safe.
	 */
	public static final class Builder {

		private @Nullable Integer pageSize;

		private boolean total;

		private @Nullable ItemHook itemHook;

		private Builder() {
		}

		/**
		 * Sets the number of items requested per page ({@code limit}).
		 * @param pageSize at least 1
		 * @return this builder
		 * @throws IllegalArgumentException if {@code pageSize} is less than 1
		 */
		public Builder pageSize(int pageSize) {
			if (pageSize < 1) {
				throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
			}
			this.pageSize = pageSize;
			return this;
		}

		/**
		 * Asks classic pagination to request the total number of items
		 * ({@code total=true}).
		 * @param total {@code true} to request it
		 * @return this builder
		 */
		public Builder total(boolean total) {
			this.total = total;
			return this;
		}

		/**
		 * Sets a hook called for every item.
		 * @param itemHook the hook
		 * @return this builder
		 */
		public Builder itemHook(ItemHook itemHook) {
			this.itemHook = Objects.requireNonNull(itemHook, "itemHook must not be null");
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 */
		public PageOptions build() {
			return new PageOptions(this);
		}

	}

}
