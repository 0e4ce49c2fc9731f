package dev.portrayal.mix;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.luben.zstd.Zstd;
import dev.portrayal.engine.Json;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * A Parquet shard with three string columns: {@code id}, {@code text} and {@code metadata} (the
 * record's metadata object as JSON text). Decodes the blocks and re-encodes them, zstd-compressed.
 */
final class ParquetShardWriter implements ShardWriter {
    static final MessageType SCHEMA = Types.buildMessage()
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("id")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("text")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("metadata")
            .named("document");
    private static final int ROW_GROUP_BYTES = 64 << 20;

    @Override
    public String write(Shard shard, Path target) throws IOException {
        SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(target))
                .withType(SCHEMA)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withDictionaryEncoding(false)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .build()) {
            for (Shard.Piece p : shard.pieces()) {
                byte[] data = readBlock(p);
                int start = 0;
                for (int i = 0; i < data.length; i++) {
                    if (data[i] != '\n') continue;
                    if (i > start) w.write(row(rows, data, start, i - start, p));
                    start = i + 1;
                }
                if (start < data.length) w.write(row(rows, data, start, data.length - start, p));
            }
        }
        return Checksums.sha256(target);
    }

    private static byte[] readBlock(Shard.Piece p) throws IOException {
        byte[] compressed = new byte[Math.toIntExact(p.block().length())];
        try (RandomAccessFile f = new RandomAccessFile(p.part().toFile(), "r")) {
            f.seek(p.block().offset());
            f.readFully(compressed);
        }
        byte[] data = new byte[Math.toIntExact(p.block().bytes())];
        long n = Zstd.decompressByteArray(data, 0, data.length, compressed, 0, compressed.length);
        if (Zstd.isError(n) || n != data.length) throw new IOException(p.part() + ": a block does not decompress as indexed");
        return data;
    }

    private static Group row(SimpleGroupFactory rows, byte[] data, int off, int len, Shard.Piece p) throws IOException {
        String id = null;
        String text = null;
        String metadata = null;
        try (JsonParser parser = Json.FACTORY.createParser(data, off, len)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw new IOException(p.part() + ": a record is not a JSON object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken v = parser.nextToken();
                switch (field) {
                    case "id" -> id = parser.getText();
                    case "text" -> text = parser.getText();
                    case "metadata" -> {
                        int from = (int) parser.currentTokenLocation().getByteOffset();
                        parser.skipChildren();
                        int to = (int) parser.currentTokenLocation().getByteOffset() + 1;
                        metadata = new String(data, off + from, to - from, StandardCharsets.UTF_8);
                    }
                    default -> {
                        if (v.isStructStart()) parser.skipChildren();
                    }
                }
            }
        }
        if (id == null || text == null || metadata == null) throw new IOException(p.part() + ": a record lacks id, text or metadata");
        return rows.newGroup().append("id", id).append("text", text).append("metadata", metadata);
    }
}
