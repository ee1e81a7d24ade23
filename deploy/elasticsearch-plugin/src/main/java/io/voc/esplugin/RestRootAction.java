package io.voc.esplugin;

import org.apache.lucene.util.Version;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

/**
 * {@code GET /} and {@code HEAD /}: the node info document, normally served by the rest-root
 * module that the integ-test-zip distribution lacks.
 *
 * <p>The Elasticsearch Java client's {@code info()} treats every field below as required, and its
 * {@code ping()} is {@code HEAD /}, so the body copies the real module's field for field. The
 * values are read locally (cluster state already held by this node) instead of through a
 * transport action, which the real module needs only to expose the data over the wire.
 */
public class RestRootAction extends BaseRestHandler {

    private final Supplier<ClusterService> clusterService;

    public RestRootAction(Supplier<ClusterService> clusterService) {
        this.clusterService = clusterService;
    }

    @Override
    public String getName() {
        return "voc_root_action";
    }

    @Override
    public List<Route> routes() {
        // For HEAD the HTTP layer sends the status and headers and drops the body.
        return List.of(new Route(GET, "/"), new Route(HEAD, "/"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        ClusterService cluster = clusterService.get();
        String nodeName = cluster.getNodeName();
        String clusterName = cluster.getClusterName().value();
        // "_na_" until the node has joined or formed a cluster, as on a real node.
        String clusterUuid = cluster.state().metadata().clusterUUID();
        Build build = Build.current();

        return channel -> {
            XContentBuilder builder = channel.newBuilder();
            // Like the real endpoint: pretty by default, ?pretty=false gives compact JSON.
            if (request.hasParam("pretty") == false) {
                builder.prettyPrint().lfAtEnd();
            }
            builder.startObject();
            builder.field("name", nodeName);
            builder.field("cluster_name", clusterName);
            builder.field("cluster_uuid", clusterUuid);
            builder.startObject("version")
                .field("number", build.qualifiedVersion())
                .field("build_flavor", build.flavor())
                .field("build_type", build.type().displayName())
                .field("build_hash", build.hash())
                .field("build_date", build.date())
                .field("build_snapshot", build.isSnapshot())
                .field("lucene_version", Version.LATEST.toString())
                .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                .endObject();
            builder.field("tagline", "You Know, for Search");
            builder.endObject();
            channel.sendResponse(new RestResponse(RestStatus.OK, builder));
        };
    }

    /** Must answer even when memory is tight: load balancers and clients use it as a health check. */
    @Override
    public boolean canTripCircuitBreaker() {
        return false;
    }
}
