package archive.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * A local SolrCloud for development and CI: NODES Jetty nodes and an embedded ZooKeeper on 127.0.0.1,
 * the committed configset uploaded, a SHARDS-shard collection created. Prints "SOLR_URL=..." and stays in
 * the foreground until killed.
 *
 * Arguments: configset directory, work directory, collection name, first Jetty port (node i listens on
 * port + i; 0: any free ports).
 */
public final class LocalSolrCloud {
  private static final int NODES = 2;
  private static final int SHARDS = 2;

  public static void main(String[] args) throws Exception {
    Path configset = Paths.get(args.length > 0 ? args[0] : "configset/conf").toAbsolutePath();
    Path work = Paths.get(args.length > 1 ? args[1] : "target/cluster").toAbsolutePath();
    String collection = args.length > 2 ? args[2] : "archive";
    int port = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    Files.createDirectories(work);
    System.setProperty("solr.log.dir", work.resolve("logs").toString());
    // The nodes are started one by one so that each can have its own fixed port.
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster(0, work, JettyConfig.builder().setContext("/solr").build());
    for (int i = 0; i < NODES; i++) {
      JettyConfig jetty = JettyConfig.builder().setPort(port == 0 ? 0 : port + i).setContext("/solr")
          .stopAtShutdown(true).build();
      cluster.startJettySolrRunner("node" + i, "/solr", jetty);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.shutdown();
      } catch (Exception e) {
        e.printStackTrace();
      }
    }));
    cluster.uploadConfigSet(configset, collection);
    CollectionAdminRequest.createCollection(collection, collection, SHARDS, 1)
        .setPerReplicaState(false)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(collection, SHARDS, SHARDS);
    String base = cluster.getJettySolrRunner(0).getBaseUrl().toString();
    System.out.println("SOLR_URL=" + base + "/" + collection);
    System.out.println("ZK_HOST=" + cluster.getZkServer().getZkAddress());
    for (int i = 0; i < NODES; i++) {
      System.out.println("NODE=" + cluster.getJettySolrRunner(i).getBaseUrl());
    }
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
