package dev.dynamodesk.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The app's logging, configured in code rather than by logback.xml: reading XML pulled some 450
 * classes (a SAX parser, logback's Joran) into every start, a third of the time to the first frame.
 *
 * <p>Details go to a rolling file in the user's log folder ({@code dynamodesk.logDir}); the console
 * only gets problems, without stack traces, at {@code dynamodesk.consoleLevel} (default WARN).
 * A {@code logback-test.xml} or {@code logback.configurationFile} still wins, as in logback's own
 * order, so tests keep their console logging. Registered through
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    private static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    private static final String CONSOLE_PATTERN = "%-5level %logger{20} - %msg%n%nopex";
    /** Request logging of the SDK and HTTP clients could carry credentials: kept quiet. */
    private static final String[] QUIET = {"software.amazon.awssdk", "org.apache.hc", "org.apache.http",
            "org.eclipse.jetty", "com.amazonaws"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String dir = System.getProperty("dynamodesk.logDir", System.getProperty("java.io.tmpdir") + "/dynamodesk-logs");

        LevelChangePropagator julLevels = new LevelChangePropagator();
        julLevels.setContext(context);
        julLevels.setResetJUL(true);
        julLevels.start();
        context.addListener(julLevels);

        RollingFileAppender<ILoggingEvent> file = fileAppender(context, dir);
        ConsoleAppender<ILoggingEvent> console = consoleAppender(context);

        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
        for (String name : QUIET) {
            context.getLogger(name).setLevel(Level.WARN);
        }
        // JavaFX reports through java.util.logging (bridged in Main): its notices belong in the file only.
        Logger javafx = context.getLogger("javafx");
        javafx.setLevel(Level.INFO);
        javafx.setAdditive(false);
        javafx.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, String dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/dynamodesk.log");

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/dynamodesk.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(4);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();
        return file;
    }

    private static ConsoleAppender<ILoggingEvent> consoleAppender(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setLevel(System.getProperty("dynamodesk.consoleLevel", "WARN"));
        threshold.start();
        console.addFilter(threshold);
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();
        return console;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
