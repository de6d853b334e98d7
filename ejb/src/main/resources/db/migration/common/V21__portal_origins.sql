-- The college portal's addresses that may show the to-do widget in a frame (space-separated origins).
ALTER TABLE SETTINGS ADD COLUMN PORTAL_ORIGINS VARCHAR(1000);
