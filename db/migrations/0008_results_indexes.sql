CREATE INDEX `day_one_basis_state_idx` ON `day_one_basis` (`dossier_id`,`key`,`state`);--> statement-breakpoint
CREATE INDEX `plan_actions_deadline_partner_idx` ON `plan_actions` (`deadline`,`partner_id`,`status`,`completed_on`);--> statement-breakpoint
CREATE INDEX `plan_actions_template_done_idx` ON `plan_actions` (`dossier_id`,`template_key`,`status`,`completed_on`);