package io.clearline.eval.classification;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One closed-loop run of 64 clients against one port with one kind of client, and what it cost: the
 * service's CPU per request (from /proc) and the load generator's own (this JVM's CPU time; it runs
 * nothing else meanwhile), so a figure measured with client and service on the same 2 cores can be read.
 */
record LoadRun(String port, Client client, Latencies latencies, Double serviceCpuMsPerRequest,
        Double clientCpuMsPerRequest) {

    /** How the 64 concurrent clients are driven. */
    enum Client {
        THREADS("one OS thread and one blocking keep-alive socket per client (LoopbackClient)"),
        SELECTOR("64 keep-alive connections driven by " + LoadRun.SELECTORS + " NIO selector threads (SelectorLoad, wrk-style)");

        final String description;

        Client(String description) {
            this.description = description;
        }
    }

    static final int SELECTORS = 2;

    static LoadRun of(ServiceProcess service, boolean listener, Client client, List<byte[]> requests, int clients,
            int perClient) throws java.io.IOException, InterruptedException {
        int port = listener ? service.listenerPort : service.mainPort();
        long serviceBefore = service.cpuMillis();
        long clientBefore = clientCpuNanos();
        Latencies latencies = client == Client.SELECTOR
                ? SelectorLoad.closedLoop(port, requests, clients, perClient, Math.min(SELECTORS, clients))
                : HttpBenchmark.closedLoop(port, requests, clients, perClient);
        long clientAfter = clientCpuNanos();
        long serviceAfter = service.cpuMillis();
        return new LoadRun(listener ? "listener" : "main", client, latencies,
                serviceBefore < 0 ? null : (serviceAfter - serviceBefore) / (double) latencies.calls(),
                clientBefore < 0 ? null : (clientAfter - clientBefore) / 1e6 / latencies.calls());
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>(latencies.json());
        m.put("service_cpu_ms_per_request", round(serviceCpuMsPerRequest));
        m.put("client_cpu_ms_per_request", round(clientCpuMsPerRequest));
        return m;
    }

    String line() {
        return String.format("%-8s %-8s %6.0f req/s  p50 %7.2f  p90 %7.2f  p99 %7.2f  max %7.2f ms  cpu/req service %.3f client %.3f ms",
                port, client, latencies.perSecond(), latencies.p50(), latencies.p90(), latencies.p99(), latencies.max(),
                serviceCpuMsPerRequest == null ? Double.NaN : serviceCpuMsPerRequest,
                clientCpuMsPerRequest == null ? Double.NaN : clientCpuMsPerRequest);
    }

    private static long clientCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000.0) / 1000.0;
    }
}
