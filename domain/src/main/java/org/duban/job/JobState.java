package org.duban.job;

public enum JobState {
    RUNNING, DONE, FAILED
}
