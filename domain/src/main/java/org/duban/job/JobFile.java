package org.duban.job;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The file a long job produced (a catalogue), kept until fetched or replaced by a newer run. */
@Entity
@Table(name = "JOB_FILE")
public class JobFile implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "JOB_ID", nullable = false)
    private long jobId;

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    private String fileName;

    @Column(name = "MEDIA_TYPE", nullable = false, length = 100)
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "BYTES", nullable = false)
    private byte[] bytes;

    protected JobFile() {
    }

    public JobFile(long jobId, String fileName, String mediaType, byte[] bytes) {
        this.jobId = jobId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.bytes = bytes.clone();
    }

    public Long getId() {
        return id;
    }

    public long getJobId() {
        return jobId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getBytes() {
        return bytes == null ? null : bytes.clone();
    }
}
