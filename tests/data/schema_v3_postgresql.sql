-- Studio CRM schema version 3 on PostgreSQL (pg_dump of a database the v3 release made),
-- with the same rows as schema_v1.sql; kept to test upgrades on PostgreSQL.
SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.customer (
    id integer NOT NULL,
    ref character varying(64) NOT NULL,
    name character varying(255) NOT NULL,
    phone character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    birthday date,
    birthday_lunar boolean NOT NULL,
    referred_by_id integer,
    tier character varying(1) NOT NULL,
    notes text NOT NULL,
    lost_reason character varying(255),
    lost_on date,
    created date NOT NULL,
    version integer NOT NULL,
    CONSTRAINT customer_lost_reason_check CHECK (((lost_reason)::text = ANY ((ARRAY['service'::character varying, 'mismatch'::character varying, 'needs_changed'::character varying, 'price'::character varying, 'competitor'::character varying, 'moved'::character varying, 'other'::character varying])::text[]))),
    CONSTRAINT customer_name_check CHECK (((name)::text <> ''::text)),
    CONSTRAINT customer_ref_check CHECK (((ref)::text <> ''::text)),
    CONSTRAINT customer_tier_check CHECK (((tier)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying, 'C'::character varying])::text[])))
);
CREATE SEQUENCE public.customer_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.customer_id_seq OWNED BY public.customer.id;
CREATE TABLE public.decision (
    id integer NOT NULL,
    project_id integer NOT NULL,
    date date NOT NULL,
    est_profit_cents bigint NOT NULL,
    est_margin real NOT NULL,
    recommendation character varying(255) NOT NULL,
    decision character varying(255) NOT NULL,
    reason text NOT NULL,
    answers text NOT NULL,
    review_outcome text NOT NULL,
    reviewed_on date,
    CONSTRAINT decision_decision_check CHECK (((decision)::text = ANY ((ARRAY['accept'::character varying, 'decline'::character varying])::text[]))),
    CONSTRAINT decision_recommendation_check CHECK (((recommendation)::text = ANY ((ARRAY['decline'::character varying, 'accept_with_conditions'::character varying, 'accept'::character varying])::text[])))
);
CREATE SEQUENCE public.decision_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.decision_id_seq OWNED BY public.decision.id;
CREATE TABLE public.feedback (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    project_id integer,
    category character varying(255) NOT NULL,
    severity character varying(255) NOT NULL,
    opened date NOT NULL,
    due date NOT NULL,
    owner_id integer,
    status character varying(255) NOT NULL,
    summary text NOT NULL,
    resolution text NOT NULL,
    resolved_on date,
    satisfaction smallint,
    CONSTRAINT feedback_category_check CHECK (((category)::text = ANY ((ARRAY['design'::character varying, 'construction'::character varying, 'schedule'::character varying, 'budget'::character varying, 'communication'::character varying, 'after_sales'::character varying])::text[]))),
    CONSTRAINT feedback_check CHECK ((due >= opened)),
    CONSTRAINT feedback_check1 CHECK (((resolved_on IS NULL) OR (resolved_on >= opened))),
    CONSTRAINT feedback_satisfaction_check CHECK (((satisfaction IS NULL) OR ((satisfaction >= 0) AND (satisfaction <= 10)))),
    CONSTRAINT feedback_severity_check CHECK (((severity)::text = ANY ((ARRAY['low'::character varying, 'medium'::character varying, 'high'::character varying])::text[]))),
    CONSTRAINT feedback_status_check CHECK (((status)::text = ANY ((ARRAY['open'::character varying, 'resolved'::character varying])::text[])))
);
CREATE SEQUENCE public.feedback_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.feedback_id_seq OWNED BY public.feedback.id;
CREATE TABLE public.interaction (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    date date NOT NULL,
    kind character varying(255) NOT NULL,
    staff_id integer,
    summary text NOT NULL,
    CONSTRAINT interaction_kind_check CHECK (((kind)::text = ANY ((ARRAY['call'::character varying, 'visit'::character varying, 'message'::character varying, 'email'::character varying, 'meeting'::character varying, 'gift'::character varying])::text[])))
);
CREATE SEQUENCE public.interaction_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.interaction_id_seq OWNED BY public.interaction.id;
CREATE TABLE public.project (
    id integer NOT NULL,
    ref character varying(64) NOT NULL,
    customer_id integer NOT NULL,
    title character varying(255) NOT NULL,
    kind character varying(255) NOT NULL,
    status character varying(255) NOT NULL,
    revenue_cents bigint NOT NULL,
    cost_cents bigint NOT NULL,
    hours real NOT NULL,
    started date,
    finished date,
    designer_id integer,
    version integer NOT NULL,
    CONSTRAINT project_check CHECK (((finished IS NULL) OR (started IS NULL) OR (finished >= started))),
    CONSTRAINT project_cost_cents_check CHECK ((cost_cents >= 0)),
    CONSTRAINT project_hours_check CHECK ((hours >= (0)::double precision)),
    CONSTRAINT project_ref_check CHECK (((ref)::text <> ''::text)),
    CONSTRAINT project_revenue_cents_check CHECK ((revenue_cents >= 0)),
    CONSTRAINT project_status_check CHECK (((status)::text = ANY ((ARRAY['inquiry'::character varying, 'active'::character varying, 'completed'::character varying, 'declined'::character varying, 'cancelled'::character varying])::text[]))),
    CONSTRAINT project_title_check CHECK (((title)::text <> ''::text))
);
CREATE SEQUENCE public.project_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.project_id_seq OWNED BY public.project.id;
CREATE TABLE public.project_log_entry (
    id integer NOT NULL,
    project_id integer NOT NULL,
    date date NOT NULL,
    kind character varying(255) NOT NULL,
    text text NOT NULL,
    staff_id integer,
    CONSTRAINT project_log_entry_kind_check CHECK (((kind)::text = ANY ((ARRAY['note'::character varying, 'stage'::character varying, 'update'::character varying, 'approval'::character varying, 'issue'::character varying])::text[]))),
    CONSTRAINT project_log_entry_text_check CHECK ((text <> ''::text))
);
CREATE SEQUENCE public.project_log_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.project_log_entry_id_seq OWNED BY public.project_log_entry.id;
CREATE TABLE public.reminder_state (
    key character varying(128) NOT NULL,
    kind character varying(255) NOT NULL,
    customer_id integer,
    due date NOT NULL,
    done_on date,
    snoozed_until date,
    CONSTRAINT reminder_state_check CHECK (((done_on IS NOT NULL) OR (snoozed_until IS NOT NULL))),
    CONSTRAINT reminder_state_kind_check CHECK (((kind)::text = ANY ((ARRAY['birthday'::character varying, 'festival'::character varying, 'check-in'::character varying, 'follow-up'::character varying, 'complaint'::character varying])::text[])))
);
CREATE TABLE public.schema_version (
    id integer NOT NULL,
    version integer NOT NULL
);
CREATE SEQUENCE public.schema_version_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.schema_version_id_seq OWNED BY public.schema_version.id;
CREATE TABLE public.setting (
    key character varying(64) NOT NULL,
    value text NOT NULL
);
CREATE TABLE public.staff_member (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    role character varying(255) NOT NULL,
    active boolean NOT NULL,
    CONSTRAINT staff_member_name_check CHECK (((name)::text <> ''::text)),
    CONSTRAINT staff_member_role_check CHECK (((role)::text = ANY ((ARRAY['owner'::character varying, 'staff'::character varying])::text[])))
);
CREATE SEQUENCE public.staff_member_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.staff_member_id_seq OWNED BY public.staff_member.id;
CREATE TABLE public.survey_response (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    project_id integer,
    date date NOT NULL,
    score smallint NOT NULL,
    comment text NOT NULL,
    CONSTRAINT survey_response_score_check CHECK (((score >= 0) AND (score <= 10)))
);
CREATE SEQUENCE public.survey_response_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.survey_response_id_seq OWNED BY public.survey_response.id;
ALTER TABLE ONLY public.customer ALTER COLUMN id SET DEFAULT nextval('public.customer_id_seq'::regclass);
ALTER TABLE ONLY public.decision ALTER COLUMN id SET DEFAULT nextval('public.decision_id_seq'::regclass);
ALTER TABLE ONLY public.feedback ALTER COLUMN id SET DEFAULT nextval('public.feedback_id_seq'::regclass);
ALTER TABLE ONLY public.interaction ALTER COLUMN id SET DEFAULT nextval('public.interaction_id_seq'::regclass);
ALTER TABLE ONLY public.project ALTER COLUMN id SET DEFAULT nextval('public.project_id_seq'::regclass);
ALTER TABLE ONLY public.project_log_entry ALTER COLUMN id SET DEFAULT nextval('public.project_log_entry_id_seq'::regclass);
ALTER TABLE ONLY public.schema_version ALTER COLUMN id SET DEFAULT nextval('public.schema_version_id_seq'::regclass);
ALTER TABLE ONLY public.staff_member ALTER COLUMN id SET DEFAULT nextval('public.staff_member_id_seq'::regclass);
ALTER TABLE ONLY public.survey_response ALTER COLUMN id SET DEFAULT nextval('public.survey_response_id_seq'::regclass);
INSERT INTO public.customer VALUES (1, 'C1', '林晓', '13800138000', '', '1980-05-02', true, NULL, 'A', '喜欢原木风', NULL, NULL, '2023-01-01', 1);
INSERT INTO public.customer VALUES (2, 'C2', 'Anna Berg', '', 'anna@example.com', NULL, false, 1, 'B', '', 'moved', '2024-06-01', '2023-02-01', 1);
INSERT INTO public.decision VALUES (1, 2, '2023-08-10', 100000, 0.125, 'decline', 'decline', '', '{}', '', NULL);
INSERT INTO public.feedback VALUES (1, 1, 1, 'schedule', 'medium', '2023-04-01', '2023-04-08', 1, 'resolved', '工期延误', '加派人手', '2023-04-05', 8);
INSERT INTO public.interaction VALUES (1, 1, '2023-09-01', 'message', 1, '中秋问候');
INSERT INTO public.project VALUES (1, 'P1', 1, '三居室翻新', 'full_renovation', 'completed', 4000000, 2500000, 320, '2023-02-01', '2023-06-30', 1, 1);
INSERT INTO public.project VALUES (2, 'P2', 2, 'Kitchen', 'kitchen', 'inquiry', 800000, 700000, 60, NULL, NULL, NULL, 1);
INSERT INTO public.project_log_entry VALUES (1, 1, '2023-03-01', 'update', '水电完工，已发照片给客户', 1);
INSERT INTO public.schema_version VALUES (1, 3);
INSERT INTO public.setting VALUES ('profit_line_cents', '30000.00');
INSERT INTO public.staff_member VALUES (1, '周敏', 'owner', true);
INSERT INTO public.survey_response VALUES (1, 1, 1, '2023-07-05', 9, '很满意');
INSERT INTO public.survey_response VALUES (2, 2, NULL, '2023-08-05', 6, '');
SELECT pg_catalog.setval('public.customer_id_seq', 2, true);
SELECT pg_catalog.setval('public.decision_id_seq', 1, true);
SELECT pg_catalog.setval('public.feedback_id_seq', 1, true);
SELECT pg_catalog.setval('public.interaction_id_seq', 1, true);
SELECT pg_catalog.setval('public.project_id_seq', 2, true);
SELECT pg_catalog.setval('public.project_log_entry_id_seq', 1, true);
SELECT pg_catalog.setval('public.schema_version_id_seq', 1, true);
SELECT pg_catalog.setval('public.staff_member_id_seq', 1, true);
SELECT pg_catalog.setval('public.survey_response_id_seq', 2, true);
ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.decision
    ADD CONSTRAINT decision_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.feedback
    ADD CONSTRAINT feedback_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.interaction
    ADD CONSTRAINT interaction_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.project_log_entry
    ADD CONSTRAINT project_log_entry_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.project
    ADD CONSTRAINT project_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.reminder_state
    ADD CONSTRAINT reminder_state_pkey PRIMARY KEY (key);
ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.setting
    ADD CONSTRAINT setting_pkey PRIMARY KEY (key);
ALTER TABLE ONLY public.staff_member
    ADD CONSTRAINT staff_member_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.survey_response
    ADD CONSTRAINT survey_response_pkey PRIMARY KEY (id);
CREATE INDEX customer_name ON public.customer USING btree (name);
CREATE INDEX customer_phone ON public.customer USING btree (phone);
CREATE UNIQUE INDEX customer_ref ON public.customer USING btree (ref);
CREATE INDEX customer_referred_by_id ON public.customer USING btree (referred_by_id);
CREATE INDEX customer_tier ON public.customer USING btree (tier);
CREATE INDEX decision_project_id ON public.decision USING btree (project_id);
CREATE INDEX feedback_customer_id ON public.feedback USING btree (customer_id);
CREATE INDEX feedback_owner_id ON public.feedback USING btree (owner_id);
CREATE INDEX feedback_project_id ON public.feedback USING btree (project_id);
CREATE INDEX feedback_status_due ON public.feedback USING btree (status, due);
CREATE INDEX interaction_customer_id_date ON public.interaction USING btree (customer_id, date);
CREATE INDEX interaction_staff_id ON public.interaction USING btree (staff_id);
CREATE INDEX project_customer_id_status ON public.project USING btree (customer_id, status);
CREATE INDEX project_designer_id ON public.project USING btree (designer_id);
CREATE INDEX project_log_entry_kind_date ON public.project_log_entry USING btree (kind, date);
CREATE INDEX project_log_entry_project_id_date ON public.project_log_entry USING btree (project_id, date);
CREATE INDEX project_log_entry_staff_id ON public.project_log_entry USING btree (staff_id);
CREATE UNIQUE INDEX project_ref ON public.project USING btree (ref);
CREATE INDEX project_started ON public.project USING btree (started);
CREATE INDEX project_status ON public.project USING btree (status);
CREATE INDEX reminder_state_customer_id_kind ON public.reminder_state USING btree (customer_id, kind);
CREATE INDEX reminder_state_due ON public.reminder_state USING btree (due);
CREATE UNIQUE INDEX staff_member_name ON public.staff_member USING btree (name);
CREATE INDEX survey_response_customer_id_date_id ON public.survey_response USING btree (customer_id, date, id);
CREATE INDEX survey_response_date ON public.survey_response USING btree (date);
CREATE INDEX survey_response_project_id ON public.survey_response USING btree (project_id);
ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_referred_by_id_fkey FOREIGN KEY (referred_by_id) REFERENCES public.customer(id) ON DELETE SET NULL;
ALTER TABLE ONLY public.decision
    ADD CONSTRAINT decision_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.feedback
    ADD CONSTRAINT feedback_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.feedback
    ADD CONSTRAINT feedback_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.staff_member(id) ON DELETE SET NULL;
ALTER TABLE ONLY public.feedback
    ADD CONSTRAINT feedback_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id) ON DELETE SET NULL;
ALTER TABLE ONLY public.interaction
    ADD CONSTRAINT interaction_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.interaction
    ADD CONSTRAINT interaction_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES public.staff_member(id) ON DELETE SET NULL;
ALTER TABLE ONLY public.project
    ADD CONSTRAINT project_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.project
    ADD CONSTRAINT project_designer_id_fkey FOREIGN KEY (designer_id) REFERENCES public.staff_member(id) ON DELETE SET NULL;
ALTER TABLE ONLY public.project_log_entry
    ADD CONSTRAINT project_log_entry_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.project_log_entry
    ADD CONSTRAINT project_log_entry_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES public.staff_member(id) ON DELETE SET NULL;
ALTER TABLE ONLY public.reminder_state
    ADD CONSTRAINT reminder_state_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.survey_response
    ADD CONSTRAINT survey_response_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.survey_response
    ADD CONSTRAINT survey_response_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id) ON DELETE SET NULL;
