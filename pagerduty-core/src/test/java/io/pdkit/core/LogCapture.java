package io.pdkit.core;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Captures everything logged under {@code io.pdkit} at TRACE level while open.
 */
final class LogCapture implements AutoCloseable {

	private final Logger logger = (Logger) LoggerFactory.getLogger("io.pdkit");

	private final Level previous = this.logger.getLevel();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	LogCapture() {
		this.appender.start();
		this.logger.addAppender(this.appender);
		this.logger.setLevel(Level.TRACE);
		this.logger.setAdditive(false);
	}

	List<String> lines() {
		return this.appender.list.stream().map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList();
	}

	@Override
	public void close() {
		this.logger.detachAppender(this.appender);
		this.logger.setLevel(this.previous);
		this.logger.setAdditive(true);
	}

}
