package vn.sachsong.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.linkage.RegistryCsv;
import vn.sachsong.linkage.RegistryPerson;
import vn.sachsong.refdata.Sex;

/**
 * The registry read into Spark and on into the core's index on the driver: from a Parquet export
 * ({@code registry export --format parquet}) or from PostgreSQL by a parallel JDBC read partitioned by
 * pid range, both in pid order, or from the interchange CSV (read by the core in the file's order, for
 * small registries and tests). The order matters to the last bit: the index's name dictionary numbers
 * words in the order it meets them, and blocking hashes those numbers, so two indexes of the same
 * people built in different orders may, very rarely, find a different extra candidate.
 */
final class SparkRegistry {
    static final List<String> COLUMNS = List.of("pid", "old_id", "full_name", "birth_date", "sex",
            "birth_province_code", "address", "status", "died_on");

    private SparkRegistry() {
    }

    /** A Parquet export (file or folder), or an interchange CSV (a name ending in .csv). */
    static PersonIndex fromFile(SparkSession spark, Path path, int partitions) throws IOException {
        if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return RegistryCsv.index(path);
        }
        // ranges of pids in order, each sorted: Spark plans a folder's files by size, not by name
        return index(spark, spark.read().parquet(path.toString())
                .repartitionByRange(Math.max(1, partitions), org.apache.spark.sql.functions.col("pid"))
                .sortWithinPartitions("pid"));
    }

    static PersonIndex fromDatabase(SparkSession spark, Database db, int partitions) {
        return index(spark, read(spark, db, partitions));
    }

    /**
     * The person table read by {@code partitions} parallel queries, each a range of pids; sorted within
     * each, so the partitions in order are the registry in pid order.
     */
    static Dataset<Row> read(SparkSession spark, Database db, int partitions) {
        long low;
        long high;
        try (var c = DriverManager.getConnection(db.url(), db.properties());
                var rs = c.createStatement().executeQuery("select min(pid)::bigint, max(pid)::bigint, count(*) from person")) {
            rs.next();
            low = rs.getLong(1);
            high = rs.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the registry from " + db.safeUrl() + ": " + e.getMessage(), e);
        }
        var table = "(select " + String.join(", ", COLUMNS) + ", pid::bigint as pid_number from person) person";
        return spark.read().format("jdbc").option("url", db.url()).option("dbtable", table)
                .option("driver", "org.postgresql.Driver")
                .option("partitionColumn", "pid_number").option("lowerBound", low).option("upperBound", high + 1)
                .option("numPartitions", Math.max(1, partitions)).option("fetchsize", 10_000)
                .options(strings(db.properties())).load()
                .drop("pid_number").sortWithinPartitions("pid");
    }

    /** Writes the people as Parquet, the interchange columns, in pid order. */
    static long exportParquet(SparkSession spark, Dataset<Row> people, Path out) {
        people.select(COLUMNS.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .write().mode(SaveMode.ErrorIfExists).parquet(out.toString());
        return spark.read().parquet(out.toString()).count();   // from the files' footers, not a second read of the source
    }

    /** The interchange CSV as a Dataset (read by the core, one partition, in the file's order). */
    static Dataset<Row> fromCsv(SparkSession spark, Path csv) throws IOException {
        var rows = new ArrayList<Row>();
        RegistryCsv.read(csv, p -> rows.add(org.apache.spark.sql.RowFactory.create(p.pid(), p.oldId(), p.fullName(),
                p.birthDate() == null ? null : p.birthDate().toString(), p.sex() == Sex.F ? "F" : "M", p.birthProvinceCode(),
                p.address(), p.deceased() ? "deceased" : "alive", null)));
        var schema = new org.apache.spark.sql.types.StructType(COLUMNS.stream().map(name -> new org.apache.spark.sql.types.StructField(
                name, org.apache.spark.sql.types.DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()))
                .toArray(org.apache.spark.sql.types.StructField[]::new));
        return spark.createDataFrame(rows, schema).repartitionByRange(
                Math.max(1, spark.sparkContext().defaultParallelism()), org.apache.spark.sql.functions.col("pid"))
                .sortWithinPartitions("pid");
    }

    /**
     * The index, built on the driver as the partitions arrive in order; a few partitions are read at once
     * (one job each), so the executors read while the driver adds.
     */
    private static PersonIndex index(SparkSession spark, Dataset<Row> people) {
        var builder = PersonIndex.builder();
        JavaRDD<byte[]> blobs = people.select("pid", "old_id", "full_name", "birth_date", "sex", "birth_province_code",
                "address", "status").javaRDD().mapPartitions(SparkRegistry::encode);
        int parts = blobs.getNumPartitions();
        int window = Math.max(2, spark.sparkContext().defaultParallelism() + 1);
        var pool = Executors.newFixedThreadPool(window);
        try {
            var pending = new ArrayDeque<CompletableFuture<List<byte[]>>>();
            int next = 0;
            while (next < parts || !pending.isEmpty()) {
                if (next < parts && pending.size() < window) {
                    int[] one = {next++};
                    pending.add(CompletableFuture.supplyAsync(() -> blobs.collectPartitions(one)[0], pool));
                    continue;
                }
                for (var blob : pending.poll().join()) {
                    decode(blob, builder::add);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return builder.build();
    }

    private static Iterator<byte[]> encode(Iterator<Row> rows) {
        var bytes = new ByteArrayOutputStream(1 << 20);
        try (var out = new DataOutputStream(bytes)) {
            while (rows.hasNext()) {
                var row = rows.next();
                out.writeBoolean(true);
                for (int i = 0; i < 8; i++) {
                    out.writeBoolean(!row.isNullAt(i));
                    if (!row.isNullAt(i)) {
                        var utf8 = row.getString(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        out.writeInt(utf8.length);
                        out.write(utf8);
                    }
                }
            }
            out.writeBoolean(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(bytes.toByteArray()).iterator();
    }

    /** One partition's people, as the server's registry read makes them from the same columns. */
    private static void decode(byte[] blob, Consumer<RegistryPerson> sink) {
        try (var in = new DataInputStream(new ByteArrayInputStream(blob))) {
            var cells = new String[8];
            while (in.readBoolean()) {
                for (int i = 0; i < 8; i++) {
                    if (in.readBoolean()) {
                        var utf8 = new byte[in.readInt()];
                        in.readFully(utf8);
                        cells[i] = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
                    } else {
                        cells[i] = null;
                    }
                }
                sink.accept(new RegistryPerson(cells[0].strip(), cells[1] == null || cells[1].isBlank() ? null : cells[1].strip(),
                        cells[2], RegistryCsv.date(cells[3] == null ? null : cells[3].strip()),
                        "F".equals(cells[4] == null ? null : cells[4].strip()) ? Sex.F : Sex.M,
                        cells[5] == null ? null : cells[5].strip(), cells[6] == null ? "" : cells[6],
                        "deceased".equals(cells[7] == null ? null : cells[7].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Map<String, String> strings(Properties properties) {
        var map = new java.util.HashMap<String, String>();
        properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

    /** A PostgreSQL to read: its JDBC URL, and a user and password when the URL does not carry them. */
    record Database(String url, String user, String password) {
        Properties properties() {
            var p = new Properties();
            if (user != null && !user.isBlank()) {
                p.setProperty("user", user);
            }
            if (password != null && !password.isBlank()) {
                p.setProperty("password", password);
            }
            return p;
        }

        /** The URL without its parameters, which may hold a password, for messages. */
        String safeUrl() {
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }
    }
}
