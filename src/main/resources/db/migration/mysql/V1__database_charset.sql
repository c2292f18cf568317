-- Product tables hold Chinese text: utf8mb4 for every table created after this.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
