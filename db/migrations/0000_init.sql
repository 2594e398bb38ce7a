CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`event` text NOT NULL,
	`detail` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `provisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`what` text NOT NULL,
	`recipient` text DEFAULT '' NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`dossier_ids` text DEFAULT '[]' NOT NULL,
	`direction` text DEFAULT 'out' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `provisions_at_idx` ON `provisions` (`at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
