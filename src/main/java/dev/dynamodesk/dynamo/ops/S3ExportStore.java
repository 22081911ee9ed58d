package dev.dynamodesk.dynamo.ops;

import dev.dynamodesk.transfer.ExportStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** A DynamoDB export read straight from S3: objects under {@code s3://bucket/prefix}, each streamed as it is read. */
public final class S3ExportStore implements ExportStore, AutoCloseable {
    private final S3Client s3;
    private final S3Url top;

    /** Owns {@code s3} (closed with the store). */
    public S3ExportStore(S3Client s3, S3Url top) {
        this.s3 = s3;
        this.top = top;
    }

    @Override
    public String describe(String path) {
        return "s3://" + top.bucket() + "/" + key(path);
    }

    @Override
    public boolean isFile(String path) throws IOException {
        try {
            s3.headObject(b -> b.bucket(top.bucket()).key(key(path)));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("S3 refused " + describe(path) + ": " + e.awsErrorDetails().errorMessage(), e);
        }
    }

    @Override
    public List<String> children(String folder) throws IOException {
        String prefix = key(folder);
        String listed = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        List<String> names = new ArrayList<>();
        try {
            for (var page : s3.listObjectsV2Paginator(b -> b.bucket(top.bucket()).prefix(listed).delimiter("/"))) {
                for (CommonPrefix sub : page.commonPrefixes()) {
                    String name = sub.prefix().substring(listed.length());
                    names.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
                }
                for (S3Object object : page.contents()) {
                    names.add(object.key().substring(listed.length()));
                }
            }
        } catch (S3Exception e) {
            throw new IOException("S3 refused to list " + describe(folder) + ": " + e.awsErrorDetails().errorMessage(), e);
        }
        return names;
    }

    @Override
    public InputStream open(String path) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(top.bucket()).key(key(path)));
        } catch (S3Exception e) {
            throw new IOException("S3 refused " + describe(path) + ": " + e.awsErrorDetails().errorMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private String key(String path) {
        return top.prefix().isEmpty() ? path : path.isEmpty() ? top.prefix() : top.prefix() + "/" + path;
    }
}
