package dev.dynamodesk.dynamo.stream;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A parallel read handed to one consumer over a bounded queue. The queue carries three kinds of
 * message, told apart by their type: a chunk, the end (with the read's account, sent only after
 * every segment reached its end) and a failure. An empty chunk is a chunk like any other.
 */
public final class ChunkStream<C extends SegmentChunk> implements AutoCloseable {
    private static final long POLL_MILLIS = 100;

    private sealed interface Message<C extends SegmentChunk> {
    }

    private record Chunk<C extends SegmentChunk>(SegmentRead.Delivered<C> delivered) implements Message<C> {
    }

    private record End<C extends SegmentChunk>(ReadAccount account) implements Message<C> {
    }

    private record Failed<C extends SegmentChunk>(Throwable failure) implements Message<C> {
    }

    /** The reading side: runs the read, given a stop signal and where to put the chunks. */
    interface Producer<C extends SegmentChunk> {
        ReadAccount run(BooleanSupplier stop, SegmentRead.Sink<C> sink);
    }

    private final BlockingQueue<Message<C>> queue;
    private final Thread readers;
    private volatile boolean closed;
    private ReadAccount account;

    ChunkStream(int queuedChunks, Producer<C> producer) {
        this.queue = new ArrayBlockingQueue<>(Math.max(1, queuedChunks));
        this.readers = new Thread(() -> {
            Message<C> last;
            try {
                last = new End<>(producer.run(() -> closed, delivered -> put(new Chunk<>(delivered))));
            } catch (Throwable e) {
                last = new Failed<>(e);
            }
            try {
                put(last);
            } catch (CancellationException consumerGone) {
                // Nobody takes any more: the consumer closed the stream.
            }
        }, "segment-readers");
        readers.setDaemon(true);
        readers.start();
    }

    private void put(Message<C> message) {
        try {
            while (!queue.offer(message, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new CancellationException("The reader of this stream has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        }
    }

    /**
     * The next chunk, or null once every segment has reached its end ({@link #account()} then
     * holds the figures). Rethrows a failure of the read.
     *
     * @throws CancellationException when {@code cancelled} turns true while waiting
     */
    public SegmentRead.Delivered<C> next(BooleanSupplier cancelled) {
        if (account != null) {
            return null;
        }
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    close();
                    throw new CancellationException("Stopped");
                }
                Message<C> message = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (message instanceof Chunk<C> chunk) {
                    return chunk.delivered();
                }
                if (message instanceof End<C> end) {
                    account = end.account(); // complete: the read sends its end only then
                    return null;
                }
                if (message instanceof Failed<C> failed) {
                    close();
                    throw rethrown(failed.failure());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new CancellationException("Interrupted");
        }
    }

    /** The read's figures, once {@link #next} has returned null. */
    public ReadAccount account() {
        if (account == null) {
            throw new IllegalStateException("The stream has not ended yet");
        }
        return account;
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new Workers.WorkFailedException(failure);
    }

    /** Stops the readers (if still going) and drops what waits in the queue. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
    }
}
