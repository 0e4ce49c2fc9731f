package dev.portrayal.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads a Parquet file row group by row group, projecting only the text and id columns. A file or a
 * row group that cannot be decoded turns the rest of the file into one quarantine entry.
 */
public final class ParquetDocumentReader implements DocumentReader {
    private final String source;
    private final ReaderOptions options;
    private ParquetFileReader file;
    private MessageType projection;
    private boolean textInSchema;
    private boolean idInSchema;
    private RecordReader<Group> rows;
    private long rowsLeftInGroup;
    private long rowsLeftInFile;
    private long index;
    private boolean done;
    private ReadOutcome pendingFailure;

    public ParquetDocumentReader(Path path, String source, ReaderOptions options) {
        this.source = source;
        this.options = options;
        try {
            file = ParquetFileReader.open(new LocalInputFile(path), ParquetReadOptions.builder().build());
            MessageType schema = file.getFooter().getFileMetaData().getSchema();
            textInSchema = hasPath(schema, options.textField());
            idInSchema = hasPath(schema, options.idField());
            List<FieldPath> wanted = new ArrayList<>();
            if (textInSchema) wanted.add(options.textField());
            if (idInSchema) wanted.add(options.idField());
            projection = wanted.isEmpty() ? null : new MessageType(schema.getName(), project(schema, wanted, 0));
            if (projection != null) file.setRequestedSchema(projection);
            rowsLeftInFile = file.getRecordCount();
        } catch (IOException | RuntimeException e) {
            fail("cannot read the Parquet file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    @Override
    public ReadOutcome next() {
        if (pendingFailure != null) {
            ReadOutcome f = pendingFailure;
            pendingFailure = null;
            done = true;
            return f;
        }
        if (done || rowsLeftInFile <= 0) return null;
        if (projection == null) {
            rowsLeftInFile--;
            return quarantine("missing text field '" + options.textField() + "' (not in the Parquet schema)", "");
        }
        try {
            while (rowsLeftInGroup == 0) {
                PageReadStore pages = file.readNextRowGroup();
                if (pages == null) {
                    fail("the Parquet file ended before its declared " + rowsLeftInFile + " remaining rows");
                    return next();
                }
                rowsLeftInGroup = pages.getRowCount();
                rows = new ColumnIOFactory().getColumnIO(projection).getRecordReader(pages,
                        new GroupRecordConverter(projection));
            }
            Group g = rows.read();
            rowsLeftInGroup--;
            rowsLeftInFile--;
            return toOutcome(g);
        } catch (IOException | RuntimeException e) {
            fail("unreadable Parquet data from here to the end of the file (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); " + index + " rows before it were read");
            return next();
        }
    }

    private ReadOutcome toOutcome(Group row) {
        Object text = textInSchema ? valueAt(row, options.textField()) : null;
        if (text == null) {
            return quarantine("missing text field '" + options.textField() + "'", "");
        }
        if (!(text instanceof Binary binary)) {
            return quarantine("field '" + options.textField() + "' is " + text.getClass().getSimpleName()
                    + ", expected a string", String.valueOf(text));
        }
        byte[] bytes = binary.getBytesUnsafe();
        if (bytes.length > options.maxRecordBytes()) {
            return quarantine("record is " + bytes.length + " bytes, over the limit of " + options.maxRecordBytes()
                    + " bytes (--max-record-bytes)", QuarantineEntry.rawPrefix(bytes, 0, bytes.length));
        }
        int bad = Utf8.firstInvalid(bytes, 0, bytes.length);
        if (bad >= 0) {
            return quarantine("invalid UTF-8 at byte " + bad + " of the text", QuarantineEntry.rawPrefix(bytes, 0, bytes.length));
        }
        Object id = idInSchema ? valueAt(row, options.idField()) : null;
        String idText = id instanceof Binary b ? b.toStringUsingUTF8() : id != null ? String.valueOf(id) : source + ":" + index;
        return new ReadOutcome.Readable(new Document(idText, binary.toStringUsingUTF8(), index++));
    }

    private static Object valueAt(Group row, FieldPath path) {
        Group g = row;
        for (int i = 0; i < path.depth(); i++) {
            String name = path.segment(i);
            if (g.getFieldRepetitionCount(name) == 0) return null;
            Type type = g.getType().getType(name);
            if (i < path.depth() - 1) {
                if (type.isPrimitive()) return null;
                g = g.getGroup(name, 0);
                continue;
            }
            if (!type.isPrimitive()) return "a group";
            PrimitiveType.PrimitiveTypeName kind = type.asPrimitiveType().getPrimitiveTypeName();
            return switch (kind) {
                case BINARY, FIXED_LEN_BYTE_ARRAY -> g.getBinary(name, 0);
                case INT32 -> g.getInteger(name, 0);
                case INT64 -> g.getLong(name, 0);
                case BOOLEAN -> g.getBoolean(name, 0);
                case FLOAT -> g.getFloat(name, 0);
                case DOUBLE -> g.getDouble(name, 0);
                default -> kind.name();
            };
        }
        return null;
    }

    private static boolean hasPath(GroupType group, FieldPath path) {
        GroupType g = group;
        for (int i = 0; i < path.depth(); i++) {
            if (!g.containsField(path.segment(i))) return false;
            Type t = g.getType(path.segment(i));
            if (i < path.depth() - 1) {
                if (t.isPrimitive()) return false;
                g = t.asGroupType();
            }
        }
        return true;
    }

    private static List<Type> project(GroupType group, List<FieldPath> paths, int depth) {
        List<Type> kept = new ArrayList<>();
        for (Type field : group.getFields()) {
            List<FieldPath> through = paths.stream()
                    .filter(p -> p.depth() > depth && p.segment(depth).equals(field.getName())).toList();
            if (through.isEmpty()) continue;
            boolean leaf = through.stream().anyMatch(p -> p.depth() == depth + 1);
            if (leaf || field.isPrimitive()) {
                kept.add(field);
            } else {
                kept.add(field.asGroupType().withNewFields(project(field.asGroupType(), through, depth + 1)));
            }
        }
        return kept;
    }

    private void fail(String reason) {
        pendingFailure = quarantine(reason, "");
    }

    private ReadOutcome quarantine(String error, String raw) {
        return new ReadOutcome.Unreadable(new QuarantineEntry(source, index++, error, raw));
    }

    @Override
    public void close() throws IOException {
        if (file != null) file.close();
    }
}
