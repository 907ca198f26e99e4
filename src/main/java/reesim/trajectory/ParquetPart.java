package reesim.trajectory;

import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * One Parquet file of the trajectories table, written and read without Hadoop: {@link LocalOutputFile} and
 * {@link LocalInputFile} with a {@link PlainParquetConfiguration}, no compression codec (the key, element and
 * metric columns are dictionary and run-length encoded, which is where the table repeats itself). A file is
 * written to a hidden temporary name and renamed once closed, so a folder never shows a file cut short.
 */
public final class ParquetPart {
    private ParquetPart() {}

    /** The Parquet schema of the table: key columns required, parameters and value optional (null = no value). */
    public static MessageType schema(TrajectoryColumns columns) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        b.required(PrimitiveTypeName.INT32).named("run_id");
        b.required(PrimitiveTypeName.INT32).named("scenario");
        b.required(PrimitiveTypeName.INT32).named("replicate");
        b.required(PrimitiveTypeName.INT64).named("seed");
        for (int p = 0; p < columns.parameters().size(); p++) {
            if (columns.numericParameters().get(p)) b.optional(PrimitiveTypeName.DOUBLE).named(columns.parameters().get(p));
            else b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(columns.parameters().get(p));
        }
        b.required(PrimitiveTypeName.INT32).named("year");
        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("element");
        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("metric");
        b.optional(PrimitiveTypeName.DOUBLE).named("value");
        return b.named("trajectory");
    }

    /** Writes {@code rows} as the Parquet file {@code file} (through a temporary sibling, renamed when closed). */
    public static void write(Path file, TrajectoryColumns columns, Collection<TrajectoryRow> rows) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try (ParquetWriter<TrajectoryRow> w = new Builder(new LocalOutputFile(temp), columns)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .withDictionaryEncoding(true)
                .build()) {
            for (TrajectoryRow r : rows) w.write(r);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Streams the rows of a Parquet file of the table, in file order; {@code parameters} names its parameter columns. */
    public static void forEach(Path file, List<String> parameters, Consumer<TrajectoryRow> action) throws IOException {
        try (ParquetReader<Group> r = reader(file, null)) {
            for (Group g = r.read(); g != null; g = r.read()) action.accept(row(g, parameters));
        }
    }

    /** The run ids in a Parquet file of the table (reads only that column). */
    public static void forEachRunId(Path file, java.util.function.IntConsumer action) throws IOException {
        try (ParquetReader<Group> r = reader(file, "message trajectory { required int32 run_id; }")) {
            for (Group g = r.read(); g != null; g = r.read()) action.accept(g.getInteger(0, 0));
        }
    }

    /** The parameter columns of a Parquet file of the table (between seed and year). */
    public static List<String> parameters(Path file) throws IOException {
        try (org.apache.parquet.hadoop.ParquetFileReader r = org.apache.parquet.hadoop.ParquetFileReader.open(new LocalInputFile(file),
                org.apache.parquet.ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            List<String> names = new ArrayList<>();
            for (Type t : r.getFileMetaData().getSchema().getFields()) names.add(t.getName());
            return List.copyOf(names.subList(TrajectoryColumns.KEY.size(), names.size() - TrajectoryColumns.TAIL.size()));
        }
    }

    private static ParquetReader<Group> reader(Path file, String projection) throws IOException {
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        if (projection != null) conf.set(ReadSupport.PARQUET_READ_SCHEMA, projection);
        return new GroupReader(new LocalInputFile(file), conf).build();
    }

    private static TrajectoryRow row(Group g, List<String> parameters) {
        int k = TrajectoryColumns.KEY.size(), n = parameters.size();
        List<String> values = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            int field = k + p;
            if (g.getFieldRepetitionCount(field) == 0) values.add("");
            else if (g.getType().getType(field).asPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.DOUBLE) values.add(text(g.getDouble(field, 0)));
            else values.add(g.getString(field, 0));
        }
        int t = k + n;
        double value = g.getFieldRepetitionCount(t + 3) == 0 ? Double.NaN : g.getDouble(t + 3, 0);
        return new TrajectoryRow(g.getInteger(0, 0), g.getInteger(1, 0), g.getInteger(2, 0), g.getLong(3, 0), values,
                g.getInteger(t, 0), g.getString(t + 1, 0), g.getString(t + 2, 0), value);
    }

    /** A number parameter as text ({@link Double#toString}: "1.0" where the --set text was "1"). */
    private static String text(double v) {
        return Double.toString(v);
    }

    private static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(LocalInputFile file, ParquetConfiguration conf) { super(file, conf); }

        @Override
        protected ReadSupport<Group> getReadSupport() { return new GroupReadSupport(); }
    }

    private static final class Builder extends ParquetWriter.Builder<TrajectoryRow, Builder> {
        private final TrajectoryColumns columns;

        Builder(OutputFile file, TrajectoryColumns columns) {
            super(file);
            this.columns = columns;
        }

        @Override
        protected Builder self() { return this; }

        @Override
        protected WriteSupport<TrajectoryRow> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return new RowWriteSupport(columns);
        }

        @Override
        protected WriteSupport<TrajectoryRow> getWriteSupport(ParquetConfiguration conf) {
            return new RowWriteSupport(columns);
        }
    }

    private static final class RowWriteSupport extends WriteSupport<TrajectoryRow> {
        private final TrajectoryColumns columns;
        private final MessageType schema;
        private RecordConsumer out;

        RowWriteSupport(TrajectoryColumns columns) {
            this.columns = columns;
            this.schema = schema(columns);
        }

        @Override
        public WriteContext init(org.apache.hadoop.conf.Configuration configuration) { return new WriteContext(schema, new HashMap<>()); }

        @Override
        public WriteContext init(ParquetConfiguration configuration) { return new WriteContext(schema, new HashMap<>()); }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) { this.out = recordConsumer; }

        @Override
        public void write(TrajectoryRow r) {
            out.startMessage();
            int i = 0;
            field(i++, "run_id", () -> out.addInteger(r.runId()));
            field(i++, "scenario", () -> out.addInteger(r.scenario()));
            field(i++, "replicate", () -> out.addInteger(r.replicate()));
            field(i++, "seed", () -> out.addLong(r.seed()));
            for (int p = 0; p < columns.parameters().size(); p++, i++) {
                String v = r.parameters().get(p);
                if (v == null || v.isEmpty()) continue;
                if (columns.numericParameters().get(p)) {
                    double d = Double.parseDouble(v);
                    field(i, columns.parameters().get(p), () -> out.addDouble(d));
                } else {
                    field(i, columns.parameters().get(p), () -> out.addBinary(Binary.fromString(v)));
                }
            }
            field(i++, "year", () -> out.addInteger(r.year()));
            field(i++, "element", () -> out.addBinary(Binary.fromString(r.element())));
            field(i++, "metric", () -> out.addBinary(Binary.fromString(r.metric())));
            if (!Double.isNaN(r.value())) field(i, "value", () -> out.addDouble(r.value()));
            out.endMessage();
        }

        private void field(int index, String name, Runnable add) {
            out.startField(name, index);
            add.run();
            out.endField(name, index);
        }
    }
}
