package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_INSIGHTS_HOUR: the inbound contacts of one service desk on one channel in one UTC hour, counted
 * once by the rollup, with what triage read of them (intent and mood). No person is named: erasure and retention
 * leave these counts, as they leave an interaction's channel and time. The insights read a desk's hours in a range
 * ({@code SERVICE_DESK_ID}, {@code HOUR} indexed), never the interactions themselves.
 */
@Preload
@Table("InsightsHour")
public interface InsightsHourEntity extends Entity {
    @NotNull
    @Indexed
    int getServiceDeskId();

    void setServiceDeskId(int serviceDeskId);

    /** Hours since the epoch (UTC). */
    @NotNull
    @Indexed
    long getHour();

    void setHour(long hour);

    @NotNull
    String getChannel();

    void setChannel(String channel);

    int getContacts();

    void setContacts(int contacts);

    int getPraise();

    void setPraise(int praise);

    int getComplaints();

    void setComplaints(int complaints);

    int getQuestions();

    void setQuestions(int questions);

    int getNegative();

    void setNegative(int negative);

    int getPositive();

    void setPositive(int positive);
}
