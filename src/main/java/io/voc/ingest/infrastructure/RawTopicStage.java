package io.voc.ingest.infrastructure;

import io.voc.platform.VocConfig;
import io.voc.platform.kafka.BatchStage;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * A stage that consumes the raw topic as a consumer group of its own (the indexer, the NLP stage): it
 * sees every record decoded and validated by the API's rules, starts once the topics and the index
 * exist, and can be held and released by an operator.
 *
 * @param <O> what a delivery returns
 */
public abstract class RawTopicStage<O> implements BatchStage.Work<PipelineBatch, O> {
    private final RawRecordDecoder decoder;
    private final BatchStage<PipelineBatch, O> stage;

    protected RawTopicStage(String name, String groupId, int maxBatch, KafkaClients kafka, RawRecordDecoder decoder,
            PlatformSetup setup, VocConfig config, LongConsumer lag) {
        this.decoder = decoder;
        // the topics and the index must exist before the first record moves; PostgreSQL need not
        this.stage = new BatchStage<>(name, kafka, groupId, maxBatch, config.topics().raw(),
                () -> setup.isDone(SetupStep.KAFKA_TOPICS) && setup.isDone(SetupStep.ELASTICSEARCH_INDEX), lag, this);
    }

    protected void startStage() {
        stage.start();
    }

    protected void stopStage() throws InterruptedException {
        stage.stop();
    }

    /** Takes no more records on this instance; what arrives waits on the topic. */
    public void hold() {
        stage.hold();
    }

    public void release() {
        stage.release();
    }

    public boolean isHeld() {
        return stage.isHeld();
    }

    @Override
    public PipelineBatch prepare(ConsumerRecords<String, byte[]> records) {
        return decoder.decode(records);
    }
}
